package org.claimscope.index;

/** A search query that cannot be parsed; the message is one line a user can act on. */
public class QuerySyntaxException extends IllegalArgumentException {

    public QuerySyntaxException(String message, Throwable cause) {
        super(message, cause);
    }
}
