// Starts Swagger UI on the mock's copy of the spec (/docs/openapi.json, see blink_mock/docs.py).
(function () {
  "use strict";
  var root = document.getElementById("swagger-ui");
  window.ui = SwaggerUIBundle({
    url: root.getAttribute("data-spec"),
    domNode: root,
    deepLinking: true, // /docs#/networks/arm_network opens that operation
    displayOperationId: true,
    displayRequestDuration: true,
    showExtensions: true, // x-blink-safety, x-blink-identifies, x-blink-known-values, ...
    showCommonExtensions: true,
    defaultModelsExpandDepth: 1,
    defaultModelExpandDepth: 3,
    filter: true,
    // Swagger UI would otherwise fetch a badge from validator.swagger.io.
    validatorUrl: null,
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
  });
})();
