import type { ReactNode } from 'react';

export const metadata = { title: 'Ridgeline trail jacket · Fern & Field' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-GB">
      <body style={{ fontFamily: 'system-ui, sans-serif', maxWidth: '48rem', margin: '0 auto', padding: '1rem' }}>{children}</body>
    </html>
  );
}
