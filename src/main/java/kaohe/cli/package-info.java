/**
 * The command line: picocli commands that parse options, call the modules and map outcomes to exit
 * status (0 done, 1 invalid input to a check command, 2 usage error, 3 failure).
 */
package kaohe.cli;
