package kaohe.validate;

/** An ERROR rejects the return; a WARNING is reported and the return is still accepted. */
public enum Severity {
    ERROR, WARNING
}
