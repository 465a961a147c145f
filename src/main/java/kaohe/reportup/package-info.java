/**
 * 上报: the city office's own quarterly return to the parent plan (the province), filled from the city's
 * accepted figures through a mapping the city plan keeps ({@code report-up/<parent-plan-id>.csv}).
 */
package kaohe.reportup;
