/**
 * The scene model: plant elements and their live state turned into what to draw (boxes in the park's
 * frame with colours), tier navigation with breadcrumbs and camera targets, AGV interpolation and a replay
 * cursor. Plain Java, free of JavaFX and HTTP, so it is tested without the toolkit.
 */
package org.zhizao.twin.scene;
