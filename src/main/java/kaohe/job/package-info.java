/**
 * Spring Batch wiring, and the only package that imports it: one configuration class per job that
 * assembles reader, processor and writer from plain Java, and launchers that start them.
 */
package kaohe.job;
