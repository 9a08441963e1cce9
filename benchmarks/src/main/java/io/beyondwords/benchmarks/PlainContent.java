package io.beyondwords.benchmarks;

import java.util.List;
import java.util.Map;

/** The floor's model of a content item: plain POJOs that Gson fills by reflection; dates and URLs stay strings. */
public final class PlainContent {
  public String id;
  public String status;
  public String type;
  public String title;
  public String summary;
  public String body;
  public String source_id;
  public String source_url;
  public String author;
  public String image_url;
  public boolean title_enabled;
  public boolean body_enabled;
  public boolean summary_enabled;
  public Map<String, Object> metadata;
  public List<Media> audio;
  public List<Media> video;
  public List<Segment> segments;
  public boolean ads_enabled;
  public long title_voice_id;
  public long summary_voice_id;
  public long body_voice_id;
  public String language;
  public String preview_token;
  public boolean published;
  public String publish_date;
  public String created;
  public String updated;

  /** An audio or video file. */
  public static final class Media {
    public long id;
    public String content_type;
    public String url;
    public long duration;
  }

  /** A segment of the text. */
  public static final class Segment {
    public long id;
    public String section;
    public String marker;
    public String xpath;
    public String md5;
    public String content_type;
    public String text;
    public String audio_url;
    public String image_url;
    public Language language;
    public Voice voice;
    public long start_time;
    public long duration;
    public String created;
    public String updated;
  }

  /** A segment's language. */
  public static final class Language {
    public String code;
    public String name;
  }

  /** A segment's voice. */
  public static final class Voice {
    public long id;
    public String name;
  }
}
