package org.threepl.portal.infrastructure.webhook;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpWebhookTransportTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "127.0.0.1",
                "localhost",
                "10.1.2.3",
                "172.16.0.9",
                "192.168.1.1",
                "169.254.169.254",
                "0.0.0.0",
                "[::1]",
                "fd00::1",
                "fe80::1",
                "224.0.0.1"
            })
    void localAndPrivateAddressesAreNeverCalled(String host) {
        String refused = HttpWebhookTransport.refusedTarget(host);
        assertNotNull(refused, host);
        assertTrue(refused.contains("local or private"), refused);
    }

    @Test
    void aPublicAddressMayBeCalled() {
        assertNull(HttpWebhookTransport.refusedTarget("8.8.8.8"));
        assertNull(HttpWebhookTransport.refusedTarget("2001:4860:4860::8888"));
    }

    @Test
    void anUnknownHostIsSaidSo() {
        assertTrue(HttpWebhookTransport.refusedTarget("receiver.invalid").contains("not known"));
    }
}
