// One import for another Swift package: `import YearbookKit` (product `Yearbook`) brings the
// data layer, every table format, the chart model and layout, and the Cairo renderer.
@_exported import CairoBackend
@_exported import ChartLayout
@_exported import ChartScene
@_exported import ChartSpec
@_exported import Workbooks
@_exported import YearbookData
