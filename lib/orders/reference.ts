/** The short order number shoppers and staff read, in mails and on pages: the id's first 8 characters. */
export const orderReference = (orderId: string) => orderId.slice(0, 8).toUpperCase();
