/**
 * The plan: what each reporting unit is assessed on, with which target, weight and source citation.
 * Owns the plan model, the loader for {@code data/plans/<plan-id>/}, its validation, the export
 * and the stored plan versions. Plain Java except {@link kaohe.plan.PlanStore}.
 */
package kaohe.plan;
