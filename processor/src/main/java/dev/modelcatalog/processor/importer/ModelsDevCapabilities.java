package dev.modelcatalog.processor.importer;

import static dev.modelcatalog.runtime.Capability.AUDIO_INPUT;
import static dev.modelcatalog.runtime.Capability.AUDIO_OUTPUT;
import static dev.modelcatalog.runtime.Capability.CHAT;
import static dev.modelcatalog.runtime.Capability.IMAGE_GENERATION;
import static dev.modelcatalog.runtime.Capability.REASONING;
import static dev.modelcatalog.runtime.Capability.SPEECH;
import static dev.modelcatalog.runtime.Capability.STREAMING;
import static dev.modelcatalog.runtime.Capability.STRUCTURED_OUTPUTS;
import static dev.modelcatalog.runtime.Capability.TEMPERATURE;
import static dev.modelcatalog.runtime.Capability.TOOL_CALLING;
import static dev.modelcatalog.runtime.Capability.TRANSCRIPTION;
import static dev.modelcatalog.runtime.Capability.VIDEO;
import static dev.modelcatalog.runtime.Capability.VISION;

import dev.modelcatalog.runtime.Capabilities;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Maps a models.dev entry's flags and modalities onto capabilities. The mapping (also in the package
 * documentation):
 *
 * <ul>
 *   <li>text in and text out: {@code chat} and {@code streaming} (every models.dev provider serves chat over a
 *       streaming API);</li>
 *   <li>audio in, text out, no text in: {@code transcription}; text in, audio out, no text out: {@code speech};
 *       image out: {@code imageGeneration};</li>
 *   <li>for a chat model: image in {@code vision}, audio in {@code audioInput}, video in {@code video}, audio out
 *       {@code audioOutput}; {@code reasoning}, {@code tool_call} and {@code structured_output} map to
 *       {@code reasoning}, {@code toolCalling} and {@code structuredOutputs};</li>
 *   <li>{@code temperature} maps to {@code temperature} on any model.</li>
 * </ul>
 *
 * <p>What has no flag is reported: pdf input, an attachment flag without image or pdf input, an image-only input
 * (declared as chat with vision), a chat-only flag on a model that does not chat.
 */
final class ModelsDevCapabilities {

  private ModelsDevCapabilities() {}

  /** The capabilities and the notes on what was not represented. */
  record Mapped(Capabilities capabilities, List<ReportLine> notes) {}

  static Mapped map(String provider, String id, Set<String> input, Set<String> output, boolean reasoning,
      boolean toolCall, boolean temperature, boolean structuredOutput, boolean attachment) {
    List<ReportLine> notes = new ArrayList<>();
    Capabilities caps = Capabilities.NONE;
    boolean textIn = input.contains("text");
    boolean textOut = output.contains("text");
    if (textOut && textIn) {
      caps = caps.with(CHAT);
    } else if (textOut && input.contains("image")) {
      caps = caps.with(CHAT);
      notes.add(note(provider, id, "input is " + input + " without text: image to text",
          "declared as chat with vision, the catalog's only flags for text generated from images"));
    } else if (textOut && input.contains("audio")) {
      caps = caps.with(TRANSCRIPTION);
    }
    if (caps.has(CHAT)) {
      caps = caps.with(STREAMING);
      caps = input.contains("image") ? caps.with(VISION) : caps;
      caps = input.contains("audio") ? caps.with(AUDIO_INPUT) : caps;
      caps = input.contains("video") ? caps.with(VIDEO) : caps;
      caps = output.contains("audio") ? caps.with(AUDIO_OUTPUT) : caps;
    } else if (input.contains("video")) {
      notes.add(note(provider, id, "video input on a model that does not chat", "not represented"));
    }
    if (output.contains("image")) {
      caps = caps.with(IMAGE_GENERATION);
    }
    if (output.contains("audio") && !textOut) {
      caps = caps.with(SPEECH);
    }
    caps = chatOnly(caps, reasoning, REASONING, "reasoning", provider, id, notes);
    caps = chatOnly(caps, toolCall, TOOL_CALLING, "tool_call", provider, id, notes);
    caps = chatOnly(caps, structuredOutput, STRUCTURED_OUTPUTS, "structured_output", provider, id, notes);
    if (temperature) {
      caps = caps.with(TEMPERATURE);
    }
    if (input.contains("pdf")) {
      notes.add(note(provider, id, "pdf input has no capability flag in the catalog", "not represented"));
    }
    if (attachment && !input.contains("image") && !input.contains("pdf")) {
      notes.add(note(provider, id, "attachment is true but no image or pdf input is listed; the catalog has no"
          + " file-attachment flag", "not represented"));
    }
    Set<String> unknown = new TreeSet<>(input);
    unknown.addAll(output);
    unknown.removeAll(Set.of("text", "image", "audio", "video", "pdf"));
    if (!unknown.isEmpty()) {
      notes.add(note(provider, id, "modalities " + unknown + " have no capability flag", "not represented"));
    }
    return new Mapped(caps, notes);
  }

  private static Capabilities chatOnly(Capabilities caps, boolean flag, dev.modelcatalog.runtime.Capability target,
      String field, String provider, String id, List<ReportLine> notes) {
    if (!flag) {
      return caps;
    }
    if (caps.has(CHAT)) {
      return caps.with(target);
    }
    notes.add(note(provider, id, field + " is true on a model that does not chat",
        "dropped: " + target.attribute() + " applies to generating models only"));
    return caps;
  }

  private static ReportLine note(String provider, String id, String reason, String action) {
    return new ReportLine(provider, id, Category.CAPABILITY, reason, action);
  }
}
