package org.threepl.portal.application.view;

/** A newly issued credential with its key: the only moment the key is ever shown. */
public record IssuedApiKey(ApiCredentialView credential, String apiKey) {}
