package org.claimscope.app.serve;

/** Nothing at the requested address: answered with status 404 and the message. */
final class NotFoundException extends RuntimeException {

    NotFoundException(String message) {
        super(message);
    }
}
