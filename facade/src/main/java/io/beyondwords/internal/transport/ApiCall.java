package io.beyondwords.internal.transport;

import io.beyondwords.RequestOptions;
import io.beyondwords.errors.BeyondWordsException;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import okhttp3.Request;
import okio.Timeout;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/**
 * One call of a generated Retrofit interface, as the SDK's {@link ApiCallAdapterFactory} hands it out: a Retrofit
 * {@link Call} (what the interface declares) that the generated resource layer runs in the SDK's shapes, synchronously
 * or as a {@code CompletableFuture}, with a parser from the wire model to the facade's value and, for a keyed create,
 * its recovery. Single use, as Retrofit's calls are.
 *
 * @param <R> the wire model the interface's method returns
 */
public final class ApiCall<R> implements Call<R> {
    private final Call<R> delegate;
    private final ApiTransport transport;

    ApiCall(Call<R> delegate, ApiTransport transport) {
        this.delegate = delegate;
        this.transport = transport;
    }

    /**
     * @param call what a generated interface of the SDK's Retrofit returned
     * @param <R> the wire model
     * @return the same call, in the SDK's type
     * @throws IllegalStateException for a call of another Retrofit (a bug of the SDK)
     */
    public static <R> ApiCall<R> of(Call<R> call) {
        if (call instanceof ApiCall<R> sdkCall) {
            return sdkCall;
        }
        throw new IllegalStateException("not a call of the SDK's Retrofit: " + call.getClass().getName());
    }

    /**
     * Runs the call on the calling thread.
     *
     * @param options per-call overrides
     * @param parser turns the wire model into the result
     * @param <T> the result type
     * @return the parsed response
     * @throws BeyondWordsException for any failure
     */
    public <T> ParsedResponse<T> execute(RequestOptions options, ResponseParser<R, T> parser) {
        return transport.execute(delegate, options, parser, null);
    }

    /**
     * Runs a keyed create on the calling thread (see {@link KeyedCreate}).
     *
     * @param options per-call overrides
     * @param parser turns the wire model into the result
     * @param keyed the create's unique member and how to fetch what it names, or {@code null} for a plain call
     * @param <T> the result type
     * @return the parsed response, or the item the first attempt created, marked as recovered
     * @throws BeyondWordsException for any failure
     */
    public <T> ParsedResponse<T> execute(RequestOptions options, ResponseParser<R, T> parser, KeyedCreate<T> keyed) {
        return transport.execute(delegate, options, parser, keyed);
    }

    /**
     * Runs the call on the dispatcher's threads; retries and their waits happen there too.
     *
     * @param options per-call overrides
     * @param parser turns the wire model into the result
     * @param <T> the result type
     * @return a future completing with the parsed response or exceptionally with a {@link BeyondWordsException};
     *     cancelling it cancels the call
     */
    public <T> CompletableFuture<ParsedResponse<T>> executeAsync(RequestOptions options, ResponseParser<R, T> parser) {
        return transport.executeAsync(delegate, options, parser, null);
    }

    /**
     * Runs a keyed create on the dispatcher's threads (see {@link KeyedCreate}).
     *
     * @param options per-call overrides
     * @param parser turns the wire model into the result
     * @param keyed the create's unique member and how to fetch what it names, or {@code null} for a plain call
     * @param <T> the result type
     * @return a future as {@link #executeAsync(RequestOptions, ResponseParser)} returns
     */
    public <T> CompletableFuture<ParsedResponse<T>> executeAsync(RequestOptions options, ResponseParser<R, T> parser,
            KeyedCreate<T> keyed) {
        return transport.executeAsync(delegate, options, parser, keyed);
    }

    @Override
    public Response<R> execute() throws IOException {
        return delegate.execute();
    }

    @Override
    public void enqueue(Callback<R> callback) {
        delegate.enqueue(callback);
    }

    @Override
    public boolean isExecuted() {
        return delegate.isExecuted();
    }

    @Override
    public void cancel() {
        delegate.cancel();
    }

    @Override
    public boolean isCanceled() {
        return delegate.isCanceled();
    }

    @Override
    public ApiCall<R> clone() {
        return new ApiCall<>(delegate.clone(), transport);
    }

    @Override
    public Request request() {
        return delegate.request();
    }

    @Override
    public Timeout timeout() {
        return delegate.timeout();
    }
}
