// @open-wc/testing imports this web-dev-server module in browser mode; under vitest there is no
// such server, so the import resolves here and does nothing.
export const webSocket = undefined;
export const sendMessage = (): void => {};
export const sendMessageWaitForResponse = async (): Promise<void> => {};
