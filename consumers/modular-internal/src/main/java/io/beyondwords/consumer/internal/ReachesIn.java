package io.beyondwords.consumer.internal;

import io.beyondwords.BeyondWordsClient;
import io.beyondwords.internal.http.OkHttpRequirement;

/** Must not compile: io.beyondwords.internal.http is not exported. */
public final class ReachesIn {
    private ReachesIn() {
    }

    public static void main(String[] args) {
        OkHttpRequirement.check();
        System.out.println(BeyondWordsClient.class);
    }
}
