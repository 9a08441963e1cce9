package io.beyondwords.consumer.boot;

import io.beyondwords.BeyondWordsClient;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A small application that serves a background track's name through the injected client. */
@SpringBootApplication
@RestController
public class TracksApplication {
    private final BeyondWordsClient client;

    public TracksApplication(BeyondWordsClient client) {
        this.client = client;
    }

    @GetMapping("/tracks/{id}/name")
    public String trackName(@PathVariable long id) {
        return client.backgroundTracks().retrieve(id).name();
    }

    public static void main(String[] args) {
        SpringApplication.run(TracksApplication.class, args);
    }
}
