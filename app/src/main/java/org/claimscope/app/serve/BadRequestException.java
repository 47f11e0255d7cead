package org.claimscope.app.serve;

/** A request the client must change: answered with status 400 and the message. */
final class BadRequestException extends RuntimeException {

    BadRequestException(String message) {
        super(message);
    }
}
