package io.beyondwords.benchmarks;

/**
 * The floor's model: a plain POJO that Gson fills by reflection. Dates stay strings, as a hand-written raw client
 * would most cheaply keep them; the facade's date parsing therefore shows up in its ratio against this.
 */
public final class PlainTrack {
  public long id;
  public String name;
  public int volume;
  public Project project;
  public Media media;
  public String created;
  public String updated;

  /** {@code project} on the wire. */
  public static final class Project {
    public long id;
    public String name;
  }

  /** {@code media} on the wire; {@code duration} is in milliseconds. */
  public static final class Media {
    public String url;
    public long duration;
  }
}
