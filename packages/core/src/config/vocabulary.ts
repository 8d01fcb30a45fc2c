/**
 * The config's words that the widgets read too (a product id's form, the units of use, the panel's
 * sections), apart from the schema, so that reading them does not bring in the validator.
 */
export const PRODUCT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$/;

export const USE_UNITS = ['use', 'wear', 'wash', 'day', 'night', 'charge', 'cycle', 'meal', 'ride', 'session', 'read'] as const;

export const HONESTY_SECTIONS = ['costPerUse', 'coolingOff', 'returns', 'notFor', 'alternatives', 'disclosure'] as const;
