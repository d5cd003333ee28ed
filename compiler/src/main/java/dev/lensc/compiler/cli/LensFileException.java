package dev.lensc.compiler.cli;

/** A lens file that cannot be loaded (exit code 2); the message names the file and the place in it. */
public class LensFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LensFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
