export const PARTNER_ACCOUNT_UID = 'api::partner-account.partner-account';
/** Registered without a plugin, so Strapi names it `api::same-partner`. */
export const SAME_PARTNER_CONDITION = 'api::same-partner';
