package io.beyondwords.internal.backgroundtracks;

import io.beyondwords.generated.api.BackgroundTracksApi;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * Builds {@code retrieve} requests from one the generated interface built, so the path stays the spec's word.
 *
 * <p>Retrofit's reflective request building (proxy, argument array, relative-URL parsing) costs about 0.55 µs and
 * 1.2 KB per call, a third of a whole raw OkHttp + Gson call for one track. So the generated {@code retrieve} builds a
 * template once, with a marker id, and each call only puts its id in the marker's path segment. If a regenerated spec
 * ever puts the id somewhere this cannot find (not exactly one segment), every call goes back to Retrofit.
 */
final class RetrieveRequests {
    /** An id no real call uses as a template marker, and that Retrofit leaves unencoded. */
    private static final String MARKER = "9223372036854775807";

    private final BackgroundTracksApi api;
    private final Request template;
    private final int idSegment;

    RetrieveRequests(BackgroundTracksApi api) {
        this.api = api;
        this.template = api.retrieve(MARKER).request();
        this.idSegment = onlyIndexOf(template.url(), MARKER);
    }

    Request forId(long id) {
        String text = Long.toString(id);
        if (idSegment < 0 || text.equals(MARKER)) {
            return api.retrieve(text).request();
        }
        HttpUrl url = template.url().newBuilder().setPathSegment(idSegment, text).build();
        return template.newBuilder().url(url).build();
    }

    private static int onlyIndexOf(HttpUrl url, String segment) {
        int first = url.pathSegments().indexOf(segment);
        return first >= 0 && first == url.pathSegments().lastIndexOf(segment) ? first : -1;
    }
}
