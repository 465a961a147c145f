/**
 * The small kernel every module shares: periods, unit and item codes, exact decimals.
 * Nothing here knows about files, databases or Spring.
 */
package kaohe.shared;
