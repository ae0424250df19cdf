/**
 * Talks to mes-core over HTTP only: the plant layout, element details, KPIs and history as JSON, and the
 * live stream as Server-Sent Events with automatic reconnection.
 */
package org.zhizao.twin.client;
