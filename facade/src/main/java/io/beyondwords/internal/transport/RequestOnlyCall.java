package io.beyondwords.internal.transport;

import java.io.IOException;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Request;
import okhttp3.Response;
import okio.Timeout;

/**
 * What Retrofit gets as its call factory. The SDK uses Retrofit only to build requests ({@code api.x(...).request()})
 * and runs them on its own client, so Retrofit needs a call that carries the request and nothing else; a real OkHttp
 * call would be allocated per request and thrown away. Running one is a bug in the SDK, hence the exceptions.
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
    public Call clone() {
        return new RequestOnlyCall(request);
    }
}
