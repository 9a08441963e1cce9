package io.beyondwords.internal;

/**
 * One resource of the API bound to a client's transport: its synchronous and asynchronous services. Each resource
 * package has one generated, package-private implementation (so its services can build that package's values with
 * their package-private constructors), created by that package's generated public hook ({@code ContentHook}, …),
 * which the client's generated resource table calls on the resource's first use.
 *
 * @param <S> the synchronous service interface
 * @param <A> the asynchronous service interface
 */
public interface ResourceBinding<S, A> {
    /** @return the synchronous service */
    S sync();

    /** @return the asynchronous service */
    A async();
}
