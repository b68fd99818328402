package org.threepl.portal.interfaces.rest;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The request bodies of {@link RelationshipResource}, as the API reads them. */
public final class RelationshipRequests {

    private RelationshipRequests() {}

    public record ContactRequest(
            @NotNull String kind,
            LocalDate occurredOn,
            String contactPerson,
            @NotNull String summary,
            String nextStep,
            LocalDate nextStepDue) {}

    public record FactsRequest(
            BigDecimal exitFee,
            String exitFeeCurrency,
            String dedicatedAssets,
            BigDecimal dedicatedAssetsValue,
            String dedicatedAssetsCurrency,
            BigDecimal volumeDiscountPercent,
            BigDecimal accruedRebates,
            String accruedRebatesCurrency,
            String internalNote) {}

    public record SurveyRequest(@NotNull String title, LocalDate dueOn) {}

    public record ProposalRequest(
            @NotNull String toTier, @NotNull String reason) {}

    public record DecisionRequest(@NotNull String action, String reason) {}

    public record DoneRequest(String note) {}
}
