package dev.modelcatalog.runtime;

import java.util.Optional;

/**
 * The parts of a fine-tuned model id, {@code ft:base:org::job} or OpenAI's {@code ft:base:org:suffix:job}.
 *
 * @param baseModel the id of the model that was fine-tuned; may itself contain {@code /} and {@code :}
 * @param organization who fine-tuned it
 * @param suffix the name the organization gave the fine-tune, when there is one
 * @param jobId the fine-tuning job
 */
public record FineTunedId(String baseModel, String organization, Optional<String> suffix, String jobId) {}
