/** The thin JavaFX layer: draws the scene model's shapes in a SubScene and wires the controls to it. */
package org.zhizao.twin.view;
