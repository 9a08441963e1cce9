package io.beyondwords.testkit;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Delivers the stand-in's webhook events: one background thread POSTs each event to each configured webhook in turn,
 * retrying as {@link StandInWebhook} describes, and records every attempt. Events are delivered in the order they
 * happened. The thread and the HTTP client are made on the first event, so a stand-in without webhooks has neither.
 */
final class WebhookSender implements AutoCloseable {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final List<StandInWebhook> configured;
    private final List<StandInWebhook> webhooks = new CopyOnWriteArrayList<>();
    private final List<RecordedWebhook> records = new ArrayList<>();
    private ExecutorService executor;
    private OkHttpClient client;
    private boolean closed;

    /** @param configured the builder's webhooks, which {@link #reset()} restores */
    WebhookSender(List<StandInWebhook> configured) {
        this.configured = List.copyOf(configured);
        webhooks.addAll(configured);
    }

    void add(StandInWebhook webhook) {
        webhooks.add(webhook);
    }

    /** Queues an event for every webhook configured now. */
    void send(String actionType, String contentId, String payload) {
        if (webhooks.isEmpty()) {
            return;
        }
        List<StandInWebhook> targets = List.copyOf(webhooks);
        ExecutorService running = executor();
        if (running == null) {
            return;
        }
        running.execute(() -> {
            for (StandInWebhook webhook : targets) {
                if (!deliver(webhook, actionType, contentId, payload)) {
                    return;
                }
            }
        });
    }

    /** @return whether to go on (false once the thread is interrupted: the stand-in is closing) */
    private boolean deliver(StandInWebhook webhook, String actionType, String contentId, String payload) {
        OkHttpClient perWebhook = client.newBuilder().callTimeout(webhook.timeout()).build();
        for (int attempt = 1; attempt <= webhook.maxAttempts(); attempt++) {
            Duration waited = attempt == 1 ? Duration.ZERO : webhook.backoffBefore(attempt);
            if (attempt > 1) {
                try {
                    webhook.sleeper().sleep(waited);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            Request.Builder request = new Request.Builder().url(webhook.url().toString())
                    .post(RequestBody.create(payload, JSON));
            for (Map.Entry<String, String> header : webhook.headers().entrySet()) {
                request.header(header.getKey(), header.getValue());
            }
            int status = 0;
            String failure = null;
            try (Response response = perWebhook.newCall(request.build()).execute()) {
                status = response.code();
            } catch (InterruptedIOException e) {
                failure = Thread.currentThread().isInterrupted() ? "interrupted" : "timeout";
            } catch (IOException e) {
                failure = e.getClass().getSimpleName();
            }
            RecordedWebhook record = new RecordedWebhook(webhook.url(), actionType, contentId, payload, attempt,
                    waited, status, failure);
            synchronized (records) {
                records.add(record);
            }
            if (record.delivered() || Thread.currentThread().isInterrupted()) {
                return !Thread.currentThread().isInterrupted();
            }
        }
        return true;
    }

    List<RecordedWebhook> deliveries() {
        synchronized (records) {
            return List.copyOf(records);
        }
    }

    /**
     * Waits until every event queued so far has been delivered or given up on.
     *
     * @throws IllegalStateException if that takes longer than {@code timeout}
     */
    void awaitIdle(Duration timeout) {
        ExecutorService running;
        synchronized (this) {
            running = executor;
        }
        if (running == null || running.isShutdown()) {
            return;
        }
        // One thread runs the deliveries in order: a no-op queued now finishes after every delivery queued before.
        Future<?> marker = running.submit(() -> { });
        try {
            marker.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("webhook deliveries still running after " + timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for webhook deliveries");
        } catch (ExecutionException e) {
            throw new IllegalStateException("the no-op cannot fail", e);
        }
    }

    /** Forgets the recorded attempts and the webhooks added since build. */
    void reset() {
        webhooks.clear();
        webhooks.addAll(configured);
        synchronized (records) {
            records.clear();
        }
    }

    private synchronized ExecutorService executor() {
        if (closed) {
            return null;
        }
        if (executor == null) {
            client = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();
            executor = Executors.newSingleThreadExecutor(task -> {
                Thread thread = new Thread(task, "beyondwords-stand-in-webhooks");
                thread.setDaemon(true);
                return thread;
            });
        }
        return executor;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (executor != null) {
            executor.shutdownNow();
            client.dispatcher().executorService().shutdown();
            client.connectionPool().evictAll();
        }
    }
}
