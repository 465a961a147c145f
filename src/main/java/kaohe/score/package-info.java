/**
 * Scoring: completion of every target kind, item scores, unit totals, ratings, ranks and lights, as
 * PRODUCT.md defines them, with everything needed to explain a score. Plain Java over the plan and
 * decoded returns; the assess job only conveys units through it.
 */
package kaohe.score;
