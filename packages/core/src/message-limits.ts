/** The longest direct message (SPEC T2), shared by the API's validation and the widgets' composer. */
export const MESSAGE_MAX_LENGTH = 4000;
