/**
 * Products, their bill of materials and their routing: the ordered operations, the stations eligible
 * for each (with setup and per-unit times) and the work steps an operator acknowledges.
 * Other modules read products through {@link org.zhizao.mes.product.ProductCatalog}.
 */
package org.zhizao.mes.product;
