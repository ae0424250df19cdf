package org.zhizao.scheduler.io;

/** An instance file does not follow its format; the message names the file and line number. */
public class InstanceFormatException extends RuntimeException {

    private final int lineNumber;

    public InstanceFormatException(String source, int lineNumber, String problem) {
        super(source + ", line " + lineNumber + ": " + problem);
        this.lineNumber = lineNumber;
    }

    /** One-based line number of the offending line. */
    public int lineNumber() {
        return lineNumber;
    }
}
