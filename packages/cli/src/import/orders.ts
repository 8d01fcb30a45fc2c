/**
 * Joining a store's orders to imported reviews. Most review exports have no order or delivery
 * date, so the long-term check and order-match verification need the store's orders:
 * `--orders orders.csv` with an order id, the customer's e-mail, the product id, the order date and
 * (if known) the delivery date. A review is matched by its order id when the export has one, else
 * by customer (e-mail, or `customer_id` = the platform's reviewer id) and product: the latest order
 * of that product by that customer before the review.
 * A matched review counts as a verified purchase (the store's own order records say so).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { parseDate, type DateOrder } from './dates.js';
import type { ImportedReview } from './record.js';
import { emailKey, str } from './values.js';

interface Order {
  orderId: string | undefined;
  customerKey: string | undefined;
  productId: string | undefined;
  orderedAt: string;
  deliveredAt: string | undefined;
}

/** Column names tried in order: ours first, then Shopify's order export. */
const COLUMNS = {
  orderId: ['order_id', 'Name', 'id'],
  email: ['customer_email', 'email', 'Email'],
  customerId: ['customer_id'],
  productId: ['product_id', 'product_handle', 'Lineitem sku'],
  orderedAt: ['ordered_at', 'created_at', 'Created at'],
  deliveredAt: ['delivered_at', 'Fulfilled at', 'fulfilled_at'],
} as const;

export type JoinOutcome = 'by order id' | 'by customer and product' | 'no matching order';

export class OrderBook {
  readonly #byId = new Map<string, Order[]>();
  readonly #byCustomerProduct = new Map<string, Order[]>();
  readonly problems: string[] = [];
  size = 0;

  static fromCsv(file: string, dateOrder?: DateOrder): OrderBook {
    const book = new OrderBook();
    const rows = parse(readFileSync(file, 'utf8'), {
      columns: true,
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as Record<string, string>[];
    const header = rows[0] ? Object.keys(rows[0]) : [];
    const pick = (names: readonly string[]) => names.find((name) => header.includes(name));
    const columns = Object.fromEntries(Object.entries(COLUMNS).map(([key, names]) => [key, pick(names)])) as Record<
      keyof typeof COLUMNS,
      string | undefined
    >;
    if (!columns.orderedAt || (!columns.orderId && !columns.email && !columns.customerId)) {
      throw new Error(
        `${file}: an orders file needs an order date column (${COLUMNS.orderedAt.join(', ')}) and an order id (${COLUMNS.orderId.join(', ')}), customer e-mail (${COLUMNS.email.join(', ')}) or customer_id`,
      );
    }
    rows.forEach((row, index) => {
      const ordered = parseDate(row[columns.orderedAt!], { order: dateOrder });
      if (!ordered.ok) {
        book.problems.push(`${file}:line ${index + 2}: ${ordered.reason}`);
        return;
      }
      const delivered =
        columns.deliveredAt && str(row[columns.deliveredAt]) ? parseDate(row[columns.deliveredAt], { order: dateOrder }) : undefined;
      const order: Order = {
        orderId: columns.orderId ? str(row[columns.orderId])?.replace(/^#/, '') : undefined,
        // A review's customer is its reviewer's e-mail (hashed) or, without one, the platform's reviewer id.
        customerKey:
          (columns.email ? emailKey(row[columns.email]) : undefined) ?? (columns.customerId ? str(row[columns.customerId]) : undefined),
        productId: columns.productId ? str(row[columns.productId]) : undefined,
        orderedAt: ordered.iso,
        deliveredAt: delivered?.ok ? delivered.iso : undefined,
      };
      book.size++;
      if (order.orderId) push(book.#byId, order.orderId, order);
      if (order.customerKey && order.productId) push(book.#byCustomerProduct, `${order.customerKey}\u0000${order.productId}`, order);
    });
    return book;
  }

  /** Fills orderedAt, deliveredAt and isVerifiedPurchase from the matching order, if one is found. */
  join(imported: ImportedReview): JoinOutcome {
    const { review } = imported;
    let order: Order | undefined;
    let outcome: JoinOutcome = 'no matching order';
    const byId = imported.orderId ? this.#byId.get(imported.orderId.replace(/^#/, '')) : undefined;
    if (byId) {
      order = byId.find((o) => o.productId === undefined || o.productId === imported.productId) ?? byId[0];
      outcome = 'by order id';
    } else if (imported.customerKey) {
      const candidates = this.#byCustomerProduct.get(`${imported.customerKey}\u0000${imported.productId}`) ?? [];
      order = candidates
        .filter((o) => review.createdAt === undefined || o.orderedAt <= review.createdAt)
        .sort((a, b) => (a.orderedAt < b.orderedAt ? 1 : -1))[0];
      if (order) outcome = 'by customer and product';
    }
    if (!order) return outcome;
    review.orderedAt = order.orderedAt;
    if (order.deliveredAt) review.deliveredAt = order.deliveredAt;
    review.isVerifiedPurchase = true;
    return outcome;
  }
}

function push(map: Map<string, Order[]>, key: string, order: Order): void {
  const list = map.get(key);
  if (list) list.push(order);
  else map.set(key, [order]);
}
