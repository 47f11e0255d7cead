package org.claimscope.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SideThreadsTest {

    @Test
    void withNoThreadsTheCallerDoesTheWork() {
        try (SideThreads none = new SideThreads(0)) {
            assertNull(none.trySubmit(() -> 1));
        }
    }

    @Test
    void whenEveryThreadIsBusyTheCallerDoesTheWorkInsteadOfQueueing() throws Exception {
        try (SideThreads one = new SideThreads(1)) {
            CountDownLatch release = new CountDownLatch(1);
            Future<Integer> busy = one.trySubmit(() -> {
                release.await();
                return 7;
            });
            assertNotNull(busy);
            assertNull(one.trySubmit(() -> 8), "the only thread is busy");
            release.countDown();
            assertEquals(7, SideThreads.join(busy));
            // free again once the work is done
            Future<Integer> next = null;
            for (int i = 0; i < 100 && next == null; i++) {
                next = one.trySubmit(() -> 9);
                if (next == null) {
                    Thread.sleep(10);
                }
            }
            assertNotNull(next);
            assertEquals(9, SideThreads.join(next));
        }
    }

    @Test
    void aFailureOnTheSideThreadIsRethrownAsItWasThrown() {
        try (SideThreads one = new SideThreads(1)) {
            Future<Integer> failing = one.trySubmit(() -> {
                throw new IOException("disk gone");
            });
            IOException e = assertThrows(IOException.class, () -> SideThreads.join(failing));
            assertEquals("disk gone", e.getMessage());
        }
    }
}
