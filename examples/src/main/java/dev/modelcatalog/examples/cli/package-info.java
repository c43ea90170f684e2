/**
 * The command-line tool ({@code java -jar modelcatalog-examples.jar}): one picocli command per question, tables
 * for people and {@code --json} for scripts. Exit status: 0 found, 2 not found, 1 usage error.
 */
package dev.modelcatalog.examples.cli;
