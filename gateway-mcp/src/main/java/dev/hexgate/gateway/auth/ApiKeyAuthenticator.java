package dev.hexgate.gateway.auth;

import reactor.core.publisher.Mono;

/** Decides who presented an API key. Empty when the key is unknown or revoked. */
public interface ApiKeyAuthenticator {

    Mono<Caller> authenticate(String apiKey);
}
