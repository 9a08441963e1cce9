package io.beyondwords.internal.transport;

import java.io.IOException;
import kotlin.jvm.functions.Function0;
import kotlin.reflect.KClass;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.EventListener;
import okhttp3.Request;
import okhttp3.Response;
import okio.Timeout;

/**
 * What Retrofit gets as its call factory. The SDK uses Retrofit only to build requests ({@code api.x(...).request()})
 * and runs them on its own client, so Retrofit needs a call that carries the request and nothing else; a real OkHttp
 * call would be allocated per request and thrown away. Running one is a bug in the SDK, hence the exceptions.
 *
 * <p>The event-listener and tag methods are OkHttp 5's (written in Kotlin, hence its types); on OkHttp 4.12, whose
 * {@code Call} lacks them, they are simply never called. Nothing reads a tag of this call: Retrofit reads the tags of
 * its request, which {@link #request()} returns untouched.
 */
final class RequestOnlyCall implements Call {
    private final Request request;

    RequestOnlyCall(Request request) {
        this.request = request;
    }

    @Override
    public Request request() {
        return request;
    }

    @Override
    public Response execute() throws IOException {
        throw new UnsupportedOperationException("requests built by Retrofit are executed by ApiTransport");
    }

    @Override
    public void enqueue(Callback responseCallback) {
        throw new UnsupportedOperationException("requests built by Retrofit are executed by ApiTransport");
    }

    @Override
    public void cancel() {
        // nothing runs, so nothing to cancel
    }

    @Override
    public boolean isExecuted() {
        return false;
    }

    @Override
    public boolean isCanceled() {
        return false;
    }

    @Override
    public Timeout timeout() {
        return Timeout.NONE;
    }

    @Override
    public void addEventListener(EventListener eventListener) {
        throw new UnsupportedOperationException("requests built by Retrofit are executed by ApiTransport");
    }

    @Override
    public <T> T tag(KClass<T> type) {
        return null;
    }

    @Override
    public <T> T tag(Class<? extends T> type) {
        return null;
    }

    @Override
    public <T> T tag(KClass<T> type, Function0<? extends T> computeIfAbsent) {
        throw new UnsupportedOperationException("requests built by Retrofit are executed by ApiTransport");
    }

    @Override
    public <T> T tag(Class<T> type, Function0<? extends T> computeIfAbsent) {
        throw new UnsupportedOperationException("requests built by Retrofit are executed by ApiTransport");
    }

    @Override
    public Call clone() {
        return new RequestOnlyCall(request);
    }
}
