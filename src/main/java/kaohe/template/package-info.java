/**
 * Return templates: the workbook each unit is sent for a period, and the layout that the ingest
 * reader relies on. Writing and reading share {@link kaohe.template.TemplateLayout}, so the two
 * cannot drift apart.
 */
package kaohe.template;
