/**
 * The demo quarter: realistic filled returns for every unit of a plan, and the timeline that drops them
 * into the inbox before and after the deadline, so a newcomer sees the whole product work in one command.
 */
package kaohe.demo;
