package dev.lensc.compiler.cli;

/** An input that is JSON but not what the command needs, e.g. not a JSON Patch (exit code 1). */
final class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadInputException(String message) {
        super(message);
    }
}
