package dev.modelcatalog.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The content a {@link Model} takes in and puts out, where it differs from what its capabilities imply. A list
 * left out (or written empty) is derived from the capabilities:
 *
 * <ul>
 *   <li>input {@code TEXT} with chat, completion, embeddings, content moderation, reranking, speech or image
 *       generation; {@code IMAGE} with vision; {@code AUDIO} with audio input or transcription; {@code VIDEO}
 *       with video; {@code PDF} with vision plus the tag {@code "pdf"};</li>
 *   <li>output {@code TEXT} with chat, completion or transcription; {@code IMAGE} with image generation;
 *       {@code AUDIO} with audio output or speech.</li>
 * </ul>
 *
 * <pre>{@code
 * @Modalities(input = {Modality.TEXT, Modality.IMAGE, Modality.PDF})
 * }</pre>
 *
 * <p>Checks: a stated modality needs a capability that provides it (input {@code IMAGE} and {@code PDF} need
 * vision, input {@code AUDIO} needs audio input or transcription, input {@code VIDEO} needs video, input
 * {@code TEXT} needs one of the text-reading capabilities; output {@code TEXT} needs chat, completion or
 * transcription, output {@code IMAGE} needs image generation, output {@code AUDIO} needs audio output or
 * speech; output {@code VIDEO} and {@code PDF} are taken as stated). A modality listed twice counts once.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Modalities {

  /** What the model takes in. Default: derived from the capabilities. Example {@code {TEXT, IMAGE}}. */
  Modality[] input() default {};

  /** What the model puts out. Default: derived from the capabilities. Example {@code {TEXT, AUDIO}}. */
  Modality[] output() default {};
}
