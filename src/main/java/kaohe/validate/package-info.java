/**
 * Validation of returns: stable finding codes with Chinese messages and fix hints, and the rules
 * that check a decoded return against the plan and the unit's previous return. Business-invalid input
 * is data (findings), never an exception.
 */
package kaohe.validate;
