import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace opentelemetry {

    namespace proto {

        namespace collector {

            namespace metrics {

                namespace v1 {

                    interface IExportMetricsServiceRequest extends opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest.$Properties {
                    }

                    class ExportMetricsServiceRequest {
                        constructor(p?: opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest.$Properties);
                        $unknowns?: Uint8Array[];
                        resourceMetrics: opentelemetry.proto.metrics.v1.ResourceMetrics.$Properties[];
                        static create(properties: opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest.$Shape): opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest & opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest.$Shape;
                        static create(properties?: opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest.$Properties): opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
                        static encode(m: opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest & opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest.$Shape;
                        static fromObject(d: { [k: string]: any }): opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
                        static toObject(m: opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                        toJSON(): { [k: string]: any };
                    }

                    namespace ExportMetricsServiceRequest {
                        interface $Properties {
                            resourceMetrics?: (opentelemetry.proto.metrics.v1.ResourceMetrics.$Properties[]|null);
                            $unknowns?: Uint8Array[];
                        }
                        type $Shape = {
                          resourceMetrics?: opentelemetry.proto.metrics.v1.ResourceMetrics.$Shape[]|null;
                          $unknowns?: Uint8Array[];
                        };
                    }

                    interface IExportMetricsServiceResponse extends opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse.$Properties {
                    }

                    class ExportMetricsServiceResponse {
                        constructor(p?: opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse.$Properties);
                        $unknowns?: Uint8Array[];
                        partialSuccess?: (opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess.$Properties|null);
                        static create(properties: opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse.$Shape): opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse & opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse.$Shape;
                        static create(properties?: opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse.$Properties): opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse;
                        static encode(m: opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse & opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse.$Shape;
                        static fromObject(d: { [k: string]: any }): opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse;
                        static toObject(m: opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                        toJSON(): { [k: string]: any };
                    }

                    namespace ExportMetricsServiceResponse {
                        interface $Properties {
                            partialSuccess?: (opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess.$Properties|null);
                            $unknowns?: Uint8Array[];
                        }
                        type $Shape = opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse.$Properties;
                    }

                    interface IExportMetricsPartialSuccess extends opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess.$Properties {
                    }

                    class ExportMetricsPartialSuccess {
                        constructor(p?: opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess.$Properties);
                        $unknowns?: Uint8Array[];
                        rejectedDataPoints: (number|Long);
                        errorMessage: string;
                        static create(properties: opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess.$Shape): opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess & opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess.$Shape;
                        static create(properties?: opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess.$Properties): opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess;
                        static encode(m: opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess & opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess.$Shape;
                        static fromObject(d: { [k: string]: any }): opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess;
                        static toObject(m: opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess, o?: $protobuf.IConversionOptions): { [k: string]: any };
                        toJSON(): { [k: string]: any };
                    }

                    namespace ExportMetricsPartialSuccess {
                        interface $Properties {
                            rejectedDataPoints?: (number|Long|null);
                            errorMessage?: (string|null);
                            $unknowns?: Uint8Array[];
                        }
                        type $Shape = opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess.$Properties;
                    }
                }
            }
        }

        namespace metrics {

            namespace v1 {

                interface IResourceMetrics extends opentelemetry.proto.metrics.v1.ResourceMetrics.$Properties {
                }

                class ResourceMetrics {
                    constructor(p?: opentelemetry.proto.metrics.v1.ResourceMetrics.$Properties);
                    $unknowns?: Uint8Array[];
                    resource?: (opentelemetry.proto.resource.v1.Resource.$Properties|null);
                    scopeMetrics: opentelemetry.proto.metrics.v1.ScopeMetrics.$Properties[];
                    schemaUrl: string;
                    static create(properties: opentelemetry.proto.metrics.v1.ResourceMetrics.$Shape): opentelemetry.proto.metrics.v1.ResourceMetrics & opentelemetry.proto.metrics.v1.ResourceMetrics.$Shape;
                    static create(properties?: opentelemetry.proto.metrics.v1.ResourceMetrics.$Properties): opentelemetry.proto.metrics.v1.ResourceMetrics;
                    static encode(m: opentelemetry.proto.metrics.v1.ResourceMetrics.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.metrics.v1.ResourceMetrics & opentelemetry.proto.metrics.v1.ResourceMetrics.$Shape;
                    static fromObject(d: { [k: string]: any }): opentelemetry.proto.metrics.v1.ResourceMetrics;
                    static toObject(m: opentelemetry.proto.metrics.v1.ResourceMetrics, o?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace ResourceMetrics {
                    interface $Properties {
                        resource?: (opentelemetry.proto.resource.v1.Resource.$Properties|null);
                        scopeMetrics?: (opentelemetry.proto.metrics.v1.ScopeMetrics.$Properties[]|null);
                        schemaUrl?: (string|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = {
                      resource?: opentelemetry.proto.resource.v1.Resource.$Shape|null;
                      scopeMetrics?: opentelemetry.proto.metrics.v1.ScopeMetrics.$Shape[]|null;
                      schemaUrl?: string|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                interface IScopeMetrics extends opentelemetry.proto.metrics.v1.ScopeMetrics.$Properties {
                }

                class ScopeMetrics {
                    constructor(p?: opentelemetry.proto.metrics.v1.ScopeMetrics.$Properties);
                    $unknowns?: Uint8Array[];
                    scope?: (opentelemetry.proto.common.v1.InstrumentationScope.$Properties|null);
                    metrics: opentelemetry.proto.metrics.v1.Metric.$Properties[];
                    schemaUrl: string;
                    static create(properties: opentelemetry.proto.metrics.v1.ScopeMetrics.$Shape): opentelemetry.proto.metrics.v1.ScopeMetrics & opentelemetry.proto.metrics.v1.ScopeMetrics.$Shape;
                    static create(properties?: opentelemetry.proto.metrics.v1.ScopeMetrics.$Properties): opentelemetry.proto.metrics.v1.ScopeMetrics;
                    static encode(m: opentelemetry.proto.metrics.v1.ScopeMetrics.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.metrics.v1.ScopeMetrics & opentelemetry.proto.metrics.v1.ScopeMetrics.$Shape;
                    static fromObject(d: { [k: string]: any }): opentelemetry.proto.metrics.v1.ScopeMetrics;
                    static toObject(m: opentelemetry.proto.metrics.v1.ScopeMetrics, o?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace ScopeMetrics {
                    interface $Properties {
                        scope?: (opentelemetry.proto.common.v1.InstrumentationScope.$Properties|null);
                        metrics?: (opentelemetry.proto.metrics.v1.Metric.$Properties[]|null);
                        schemaUrl?: (string|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = {
                      scope?: opentelemetry.proto.common.v1.InstrumentationScope.$Shape|null;
                      metrics?: opentelemetry.proto.metrics.v1.Metric.$Shape[]|null;
                      schemaUrl?: string|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                interface IMetric extends opentelemetry.proto.metrics.v1.Metric.$Properties {
                }

                class Metric {
                    constructor(p?: opentelemetry.proto.metrics.v1.Metric.$Properties);
                    $unknowns?: Uint8Array[];
                    name: string;
                    description: string;
                    unit: string;
                    gauge?: (opentelemetry.proto.metrics.v1.Gauge.$Properties|null);
                    sum?: (opentelemetry.proto.metrics.v1.Sum.$Properties|null);
                    histogram?: (opentelemetry.proto.metrics.v1.Histogram.$Properties|null);
                    exponentialHistogram?: (opentelemetry.proto.metrics.v1.ExponentialHistogram.$Properties|null);
                    summary?: (opentelemetry.proto.metrics.v1.Summary.$Properties|null);
                    metadata: opentelemetry.proto.common.v1.KeyValue.$Properties[];
                    data?: ("gauge"|"sum"|"histogram"|"exponentialHistogram"|"summary");
                    static create(properties: opentelemetry.proto.metrics.v1.Metric.$Shape): opentelemetry.proto.metrics.v1.Metric & opentelemetry.proto.metrics.v1.Metric.$Shape;
                    static create(properties?: opentelemetry.proto.metrics.v1.Metric.$Properties): opentelemetry.proto.metrics.v1.Metric;
                    static encode(m: opentelemetry.proto.metrics.v1.Metric.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.metrics.v1.Metric & opentelemetry.proto.metrics.v1.Metric.$Shape;
                    static fromObject(d: { [k: string]: any }): opentelemetry.proto.metrics.v1.Metric;
                    static toObject(m: opentelemetry.proto.metrics.v1.Metric, o?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace Metric {
                    interface $Properties {
                        name?: (string|null);
                        description?: (string|null);
                        unit?: (string|null);
                        gauge?: (opentelemetry.proto.metrics.v1.Gauge.$Properties|null);
                        sum?: (opentelemetry.proto.metrics.v1.Sum.$Properties|null);
                        histogram?: (opentelemetry.proto.metrics.v1.Histogram.$Properties|null);
                        exponentialHistogram?: (opentelemetry.proto.metrics.v1.ExponentialHistogram.$Properties|null);
                        summary?: (opentelemetry.proto.metrics.v1.Summary.$Properties|null);
                        metadata?: (opentelemetry.proto.common.v1.KeyValue.$Properties[]|null);
                        data?: ("gauge"|"sum"|"histogram"|"exponentialHistogram"|"summary");
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = {
                      name?: string|null;
                      description?: string|null;
                      unit?: string|null;
                      gauge?: opentelemetry.proto.metrics.v1.Gauge.$Shape|null;
                      sum?: opentelemetry.proto.metrics.v1.Sum.$Shape|null;
                      histogram?: opentelemetry.proto.metrics.v1.Histogram.$Shape|null;
                      exponentialHistogram?: opentelemetry.proto.metrics.v1.ExponentialHistogram.$Shape|null;
                      summary?: opentelemetry.proto.metrics.v1.Summary.$Shape|null;
                      metadata?: opentelemetry.proto.common.v1.KeyValue.$Shape[]|null;
                      $unknowns?: Uint8Array[];
                    } & (
                      ({ data?: undefined; gauge?: null; sum?: null; histogram?: null; exponentialHistogram?: null; summary?: null }|{ data?: "gauge"; gauge: opentelemetry.proto.metrics.v1.Gauge.$Shape; sum?: null; histogram?: null; exponentialHistogram?: null; summary?: null }|{ data?: "sum"; gauge?: null; sum: opentelemetry.proto.metrics.v1.Sum.$Shape; histogram?: null; exponentialHistogram?: null; summary?: null }|{ data?: "histogram"; gauge?: null; sum?: null; histogram: opentelemetry.proto.metrics.v1.Histogram.$Shape; exponentialHistogram?: null; summary?: null }|{ data?: "exponentialHistogram"; gauge?: null; sum?: null; histogram?: null; exponentialHistogram: opentelemetry.proto.metrics.v1.ExponentialHistogram.$Shape; summary?: null }|{ data?: "summary"; gauge?: null; sum?: null; histogram?: null; exponentialHistogram?: null; summary: opentelemetry.proto.metrics.v1.Summary.$Shape })
                    );
                }

                interface IGauge extends opentelemetry.proto.metrics.v1.Gauge.$Properties {
                }

                class Gauge {
                    constructor(p?: opentelemetry.proto.metrics.v1.Gauge.$Properties);
                    $unknowns?: Uint8Array[];
                    dataPoints: opentelemetry.proto.metrics.v1.NumberDataPoint.$Properties[];
                    static create(properties: opentelemetry.proto.metrics.v1.Gauge.$Shape): opentelemetry.proto.metrics.v1.Gauge & opentelemetry.proto.metrics.v1.Gauge.$Shape;
                    static create(properties?: opentelemetry.proto.metrics.v1.Gauge.$Properties): opentelemetry.proto.metrics.v1.Gauge;
                    static encode(m: opentelemetry.proto.metrics.v1.Gauge.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.metrics.v1.Gauge & opentelemetry.proto.metrics.v1.Gauge.$Shape;
                    static fromObject(d: { [k: string]: any }): opentelemetry.proto.metrics.v1.Gauge;
                    static toObject(m: opentelemetry.proto.metrics.v1.Gauge, o?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace Gauge {
                    interface $Properties {
                        dataPoints?: (opentelemetry.proto.metrics.v1.NumberDataPoint.$Properties[]|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = {
                      dataPoints?: opentelemetry.proto.metrics.v1.NumberDataPoint.$Shape[]|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                interface ISum extends opentelemetry.proto.metrics.v1.Sum.$Properties {
                }

                class Sum {
                    constructor(p?: opentelemetry.proto.metrics.v1.Sum.$Properties);
                    $unknowns?: Uint8Array[];
                    dataPoints: opentelemetry.proto.metrics.v1.NumberDataPoint.$Properties[];
                    aggregationTemporality: opentelemetry.proto.metrics.v1.AggregationTemporality;
                    isMonotonic: boolean;
                    static create(properties: opentelemetry.proto.metrics.v1.Sum.$Shape): opentelemetry.proto.metrics.v1.Sum & opentelemetry.proto.metrics.v1.Sum.$Shape;
                    static create(properties?: opentelemetry.proto.metrics.v1.Sum.$Properties): opentelemetry.proto.metrics.v1.Sum;
                    static encode(m: opentelemetry.proto.metrics.v1.Sum.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.metrics.v1.Sum & opentelemetry.proto.metrics.v1.Sum.$Shape;
                    static fromObject(d: { [k: string]: any }): opentelemetry.proto.metrics.v1.Sum;
                    static toObject(m: opentelemetry.proto.metrics.v1.Sum, o?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace Sum {
                    interface $Properties {
                        dataPoints?: (opentelemetry.proto.metrics.v1.NumberDataPoint.$Properties[]|null);
                        aggregationTemporality?: (opentelemetry.proto.metrics.v1.AggregationTemporality|null);
                        isMonotonic?: (boolean|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = {
                      dataPoints?: opentelemetry.proto.metrics.v1.NumberDataPoint.$Shape[]|null;
                      aggregationTemporality?: opentelemetry.proto.metrics.v1.AggregationTemporality|null;
                      isMonotonic?: boolean|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                interface IHistogram extends opentelemetry.proto.metrics.v1.Histogram.$Properties {
                }

                class Histogram {
                    constructor(p?: opentelemetry.proto.metrics.v1.Histogram.$Properties);
                    $unknowns?: Uint8Array[];
                    dataPoints: opentelemetry.proto.metrics.v1.HistogramDataPoint.$Properties[];
                    aggregationTemporality: opentelemetry.proto.metrics.v1.AggregationTemporality;
                    static create(properties: opentelemetry.proto.metrics.v1.Histogram.$Shape): opentelemetry.proto.metrics.v1.Histogram & opentelemetry.proto.metrics.v1.Histogram.$Shape;
                    static create(properties?: opentelemetry.proto.metrics.v1.Histogram.$Properties): opentelemetry.proto.metrics.v1.Histogram;
                    static encode(m: opentelemetry.proto.metrics.v1.Histogram.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.metrics.v1.Histogram & opentelemetry.proto.metrics.v1.Histogram.$Shape;
                    static fromObject(d: { [k: string]: any }): opentelemetry.proto.metrics.v1.Histogram;
                    static toObject(m: opentelemetry.proto.metrics.v1.Histogram, o?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace Histogram {
                    interface $Properties {
                        dataPoints?: (opentelemetry.proto.metrics.v1.HistogramDataPoint.$Properties[]|null);
                        aggregationTemporality?: (opentelemetry.proto.metrics.v1.AggregationTemporality|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = {
                      dataPoints?: opentelemetry.proto.metrics.v1.HistogramDataPoint.$Shape[]|null;
                      aggregationTemporality?: opentelemetry.proto.metrics.v1.AggregationTemporality|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                interface IExponentialHistogram extends opentelemetry.proto.metrics.v1.ExponentialHistogram.$Properties {
                }

                class ExponentialHistogram {
                    constructor(p?: opentelemetry.proto.metrics.v1.ExponentialHistogram.$Properties);
                    $unknowns?: Uint8Array[];
                    dataPoints: opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.$Properties[];
                    aggregationTemporality: opentelemetry.proto.metrics.v1.AggregationTemporality;
                    static create(properties: opentelemetry.proto.metrics.v1.ExponentialHistogram.$Shape): opentelemetry.proto.metrics.v1.ExponentialHistogram & opentelemetry.proto.metrics.v1.ExponentialHistogram.$Shape;
                    static create(properties?: opentelemetry.proto.metrics.v1.ExponentialHistogram.$Properties): opentelemetry.proto.metrics.v1.ExponentialHistogram;
                    static encode(m: opentelemetry.proto.metrics.v1.ExponentialHistogram.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.metrics.v1.ExponentialHistogram & opentelemetry.proto.metrics.v1.ExponentialHistogram.$Shape;
                    static fromObject(d: { [k: string]: any }): opentelemetry.proto.metrics.v1.ExponentialHistogram;
                    static toObject(m: opentelemetry.proto.metrics.v1.ExponentialHistogram, o?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace ExponentialHistogram {
                    interface $Properties {
                        dataPoints?: (opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.$Properties[]|null);
                        aggregationTemporality?: (opentelemetry.proto.metrics.v1.AggregationTemporality|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = {
                      dataPoints?: opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.$Shape[]|null;
                      aggregationTemporality?: opentelemetry.proto.metrics.v1.AggregationTemporality|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                interface ISummary extends opentelemetry.proto.metrics.v1.Summary.$Properties {
                }

                class Summary {
                    constructor(p?: opentelemetry.proto.metrics.v1.Summary.$Properties);
                    $unknowns?: Uint8Array[];
                    dataPoints: opentelemetry.proto.metrics.v1.SummaryDataPoint.$Properties[];
                    static create(properties: opentelemetry.proto.metrics.v1.Summary.$Shape): opentelemetry.proto.metrics.v1.Summary & opentelemetry.proto.metrics.v1.Summary.$Shape;
                    static create(properties?: opentelemetry.proto.metrics.v1.Summary.$Properties): opentelemetry.proto.metrics.v1.Summary;
                    static encode(m: opentelemetry.proto.metrics.v1.Summary.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.metrics.v1.Summary & opentelemetry.proto.metrics.v1.Summary.$Shape;
                    static fromObject(d: { [k: string]: any }): opentelemetry.proto.metrics.v1.Summary;
                    static toObject(m: opentelemetry.proto.metrics.v1.Summary, o?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace Summary {
                    interface $Properties {
                        dataPoints?: (opentelemetry.proto.metrics.v1.SummaryDataPoint.$Properties[]|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = {
                      dataPoints?: opentelemetry.proto.metrics.v1.SummaryDataPoint.$Shape[]|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                enum AggregationTemporality {
                    AGGREGATION_TEMPORALITY_UNSPECIFIED = 0,
                    AGGREGATION_TEMPORALITY_DELTA = 1,
                    AGGREGATION_TEMPORALITY_CUMULATIVE = 2
                }

                enum DataPointFlags {
                    DATA_POINT_FLAGS_DO_NOT_USE = 0,
                    DATA_POINT_FLAGS_NO_RECORDED_VALUE_MASK = 1
                }

                interface INumberDataPoint extends opentelemetry.proto.metrics.v1.NumberDataPoint.$Properties {
                }

                class NumberDataPoint {
                    constructor(p?: opentelemetry.proto.metrics.v1.NumberDataPoint.$Properties);
                    $unknowns?: Uint8Array[];
                    attributes: opentelemetry.proto.common.v1.KeyValue.$Properties[];
                    startTimeUnixNano: (number|Long);
                    timeUnixNano: (number|Long);
                    asDouble?: (number|null);
                    asInt?: (number|Long|null);
                    exemplars: opentelemetry.proto.metrics.v1.Exemplar.$Properties[];
                    flags: number;
                    value?: ("asDouble"|"asInt");
                    static create(properties: opentelemetry.proto.metrics.v1.NumberDataPoint.$Shape): opentelemetry.proto.metrics.v1.NumberDataPoint & opentelemetry.proto.metrics.v1.NumberDataPoint.$Shape;
                    static create(properties?: opentelemetry.proto.metrics.v1.NumberDataPoint.$Properties): opentelemetry.proto.metrics.v1.NumberDataPoint;
                    static encode(m: opentelemetry.proto.metrics.v1.NumberDataPoint.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.metrics.v1.NumberDataPoint & opentelemetry.proto.metrics.v1.NumberDataPoint.$Shape;
                    static fromObject(d: { [k: string]: any }): opentelemetry.proto.metrics.v1.NumberDataPoint;
                    static toObject(m: opentelemetry.proto.metrics.v1.NumberDataPoint, o?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace NumberDataPoint {
                    interface $Properties {
                        attributes?: (opentelemetry.proto.common.v1.KeyValue.$Properties[]|null);
                        startTimeUnixNano?: (number|Long|null);
                        timeUnixNano?: (number|Long|null);
                        asDouble?: (number|null);
                        asInt?: (number|Long|null);
                        exemplars?: (opentelemetry.proto.metrics.v1.Exemplar.$Properties[]|null);
                        flags?: (number|null);
                        value?: ("asDouble"|"asInt");
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = {
                      attributes?: opentelemetry.proto.common.v1.KeyValue.$Shape[]|null;
                      startTimeUnixNano?: number|Long|null;
                      timeUnixNano?: number|Long|null;
                      asDouble?: number|null;
                      asInt?: number|Long|null;
                      exemplars?: opentelemetry.proto.metrics.v1.Exemplar.$Shape[]|null;
                      flags?: number|null;
                      $unknowns?: Uint8Array[];
                    } & (
                      ({ value?: undefined; asDouble?: null; asInt?: null }|{ value?: "asDouble"; asDouble: number; asInt?: null }|{ value?: "asInt"; asDouble?: null; asInt: number|Long })
                    );
                }

                interface IHistogramDataPoint extends opentelemetry.proto.metrics.v1.HistogramDataPoint.$Properties {
                }

                class HistogramDataPoint {
                    constructor(p?: opentelemetry.proto.metrics.v1.HistogramDataPoint.$Properties);
                    $unknowns?: Uint8Array[];
                    attributes: opentelemetry.proto.common.v1.KeyValue.$Properties[];
                    startTimeUnixNano: (number|Long);
                    timeUnixNano: (number|Long);
                    count: (number|Long);
                    sum?: (number|null);
                    bucketCounts: (number|Long)[];
                    explicitBounds: number[];
                    exemplars: opentelemetry.proto.metrics.v1.Exemplar.$Properties[];
                    flags: number;
                    min?: (number|null);
                    max?: (number|null);
                    static create(properties: opentelemetry.proto.metrics.v1.HistogramDataPoint.$Shape): opentelemetry.proto.metrics.v1.HistogramDataPoint & opentelemetry.proto.metrics.v1.HistogramDataPoint.$Shape;
                    static create(properties?: opentelemetry.proto.metrics.v1.HistogramDataPoint.$Properties): opentelemetry.proto.metrics.v1.HistogramDataPoint;
                    static encode(m: opentelemetry.proto.metrics.v1.HistogramDataPoint.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.metrics.v1.HistogramDataPoint & opentelemetry.proto.metrics.v1.HistogramDataPoint.$Shape;
                    static fromObject(d: { [k: string]: any }): opentelemetry.proto.metrics.v1.HistogramDataPoint;
                    static toObject(m: opentelemetry.proto.metrics.v1.HistogramDataPoint, o?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace HistogramDataPoint {
                    interface $Properties {
                        attributes?: (opentelemetry.proto.common.v1.KeyValue.$Properties[]|null);
                        startTimeUnixNano?: (number|Long|null);
                        timeUnixNano?: (number|Long|null);
                        count?: (number|Long|null);
                        sum?: (number|null);
                        bucketCounts?: ((number|Long)[]|null);
                        explicitBounds?: (number[]|null);
                        exemplars?: (opentelemetry.proto.metrics.v1.Exemplar.$Properties[]|null);
                        flags?: (number|null);
                        min?: (number|null);
                        max?: (number|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = {
                      attributes?: opentelemetry.proto.common.v1.KeyValue.$Shape[]|null;
                      startTimeUnixNano?: number|Long|null;
                      timeUnixNano?: number|Long|null;
                      count?: number|Long|null;
                      sum?: number|null;
                      bucketCounts?: (number|Long)[]|null;
                      explicitBounds?: number[]|null;
                      exemplars?: opentelemetry.proto.metrics.v1.Exemplar.$Shape[]|null;
                      flags?: number|null;
                      min?: number|null;
                      max?: number|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                interface IExponentialHistogramDataPoint extends opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.$Properties {
                }

                class ExponentialHistogramDataPoint {
                    constructor(p?: opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.$Properties);
                    $unknowns?: Uint8Array[];
                    attributes: opentelemetry.proto.common.v1.KeyValue.$Properties[];
                    startTimeUnixNano: (number|Long);
                    timeUnixNano: (number|Long);
                    count: (number|Long);
                    sum?: (number|null);
                    scale: number;
                    zeroCount: (number|Long);
                    positive?: (opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Properties|null);
                    negative?: (opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Properties|null);
                    flags: number;
                    exemplars: opentelemetry.proto.metrics.v1.Exemplar.$Properties[];
                    min?: (number|null);
                    max?: (number|null);
                    zeroThreshold: number;
                    static create(properties: opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.$Shape): opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint & opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.$Shape;
                    static create(properties?: opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.$Properties): opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint;
                    static encode(m: opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint & opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.$Shape;
                    static fromObject(d: { [k: string]: any }): opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint;
                    static toObject(m: opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint, o?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace ExponentialHistogramDataPoint {
                    interface $Properties {
                        attributes?: (opentelemetry.proto.common.v1.KeyValue.$Properties[]|null);
                        startTimeUnixNano?: (number|Long|null);
                        timeUnixNano?: (number|Long|null);
                        count?: (number|Long|null);
                        sum?: (number|null);
                        scale?: (number|null);
                        zeroCount?: (number|Long|null);
                        positive?: (opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Properties|null);
                        negative?: (opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Properties|null);
                        flags?: (number|null);
                        exemplars?: (opentelemetry.proto.metrics.v1.Exemplar.$Properties[]|null);
                        min?: (number|null);
                        max?: (number|null);
                        zeroThreshold?: (number|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = {
                      attributes?: opentelemetry.proto.common.v1.KeyValue.$Shape[]|null;
                      startTimeUnixNano?: number|Long|null;
                      timeUnixNano?: number|Long|null;
                      count?: number|Long|null;
                      sum?: number|null;
                      scale?: number|null;
                      zeroCount?: number|Long|null;
                      positive?: opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Shape|null;
                      negative?: opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Shape|null;
                      flags?: number|null;
                      exemplars?: opentelemetry.proto.metrics.v1.Exemplar.$Shape[]|null;
                      min?: number|null;
                      max?: number|null;
                      zeroThreshold?: number|null;
                      $unknowns?: Uint8Array[];
                    };

                    interface IBuckets extends opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Properties {
                    }

                    class Buckets {
                        constructor(p?: opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Properties);
                        $unknowns?: Uint8Array[];
                        offset: number;
                        bucketCounts: (number|Long)[];
                        static create(properties: opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Shape): opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets & opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Shape;
                        static create(properties?: opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Properties): opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets;
                        static encode(m: opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets & opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Shape;
                        static fromObject(d: { [k: string]: any }): opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets;
                        static toObject(m: opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets, o?: $protobuf.IConversionOptions): { [k: string]: any };
                        toJSON(): { [k: string]: any };
                    }

                    namespace Buckets {
                        interface $Properties {
                            offset?: (number|null);
                            bucketCounts?: ((number|Long)[]|null);
                            $unknowns?: Uint8Array[];
                        }
                        type $Shape = opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Properties;
                    }
                }

                interface ISummaryDataPoint extends opentelemetry.proto.metrics.v1.SummaryDataPoint.$Properties {
                }

                class SummaryDataPoint {
                    constructor(p?: opentelemetry.proto.metrics.v1.SummaryDataPoint.$Properties);
                    $unknowns?: Uint8Array[];
                    attributes: opentelemetry.proto.common.v1.KeyValue.$Properties[];
                    startTimeUnixNano: (number|Long);
                    timeUnixNano: (number|Long);
                    count: (number|Long);
                    sum: number;
                    quantileValues: opentelemetry.proto.metrics.v1.SummaryDataPoint.ValueAtQuantile.$Properties[];
                    flags: number;
                    static create(properties: opentelemetry.proto.metrics.v1.SummaryDataPoint.$Shape): opentelemetry.proto.metrics.v1.SummaryDataPoint & opentelemetry.proto.metrics.v1.SummaryDataPoint.$Shape;
                    static create(properties?: opentelemetry.proto.metrics.v1.SummaryDataPoint.$Properties): opentelemetry.proto.metrics.v1.SummaryDataPoint;
                    static encode(m: opentelemetry.proto.metrics.v1.SummaryDataPoint.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.metrics.v1.SummaryDataPoint & opentelemetry.proto.metrics.v1.SummaryDataPoint.$Shape;
                    static fromObject(d: { [k: string]: any }): opentelemetry.proto.metrics.v1.SummaryDataPoint;
                    static toObject(m: opentelemetry.proto.metrics.v1.SummaryDataPoint, o?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace SummaryDataPoint {
                    interface $Properties {
                        attributes?: (opentelemetry.proto.common.v1.KeyValue.$Properties[]|null);
                        startTimeUnixNano?: (number|Long|null);
                        timeUnixNano?: (number|Long|null);
                        count?: (number|Long|null);
                        sum?: (number|null);
                        quantileValues?: (opentelemetry.proto.metrics.v1.SummaryDataPoint.ValueAtQuantile.$Properties[]|null);
                        flags?: (number|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = {
                      attributes?: opentelemetry.proto.common.v1.KeyValue.$Shape[]|null;
                      startTimeUnixNano?: number|Long|null;
                      timeUnixNano?: number|Long|null;
                      count?: number|Long|null;
                      sum?: number|null;
                      quantileValues?: opentelemetry.proto.metrics.v1.SummaryDataPoint.ValueAtQuantile.$Shape[]|null;
                      flags?: number|null;
                      $unknowns?: Uint8Array[];
                    };

                    interface IValueAtQuantile extends opentelemetry.proto.metrics.v1.SummaryDataPoint.ValueAtQuantile.$Properties {
                    }

                    class ValueAtQuantile {
                        constructor(p?: opentelemetry.proto.metrics.v1.SummaryDataPoint.ValueAtQuantile.$Properties);
                        $unknowns?: Uint8Array[];
                        quantile: number;
                        value: number;
                        static create(properties: opentelemetry.proto.metrics.v1.SummaryDataPoint.ValueAtQuantile.$Shape): opentelemetry.proto.metrics.v1.SummaryDataPoint.ValueAtQuantile & opentelemetry.proto.metrics.v1.SummaryDataPoint.ValueAtQuantile.$Shape;
                        static create(properties?: opentelemetry.proto.metrics.v1.SummaryDataPoint.ValueAtQuantile.$Properties): opentelemetry.proto.metrics.v1.SummaryDataPoint.ValueAtQuantile;
                        static encode(m: opentelemetry.proto.metrics.v1.SummaryDataPoint.ValueAtQuantile.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.metrics.v1.SummaryDataPoint.ValueAtQuantile & opentelemetry.proto.metrics.v1.SummaryDataPoint.ValueAtQuantile.$Shape;
                        static fromObject(d: { [k: string]: any }): opentelemetry.proto.metrics.v1.SummaryDataPoint.ValueAtQuantile;
                        static toObject(m: opentelemetry.proto.metrics.v1.SummaryDataPoint.ValueAtQuantile, o?: $protobuf.IConversionOptions): { [k: string]: any };
                        toJSON(): { [k: string]: any };
                    }

                    namespace ValueAtQuantile {
                        interface $Properties {
                            quantile?: (number|null);
                            value?: (number|null);
                            $unknowns?: Uint8Array[];
                        }
                        type $Shape = opentelemetry.proto.metrics.v1.SummaryDataPoint.ValueAtQuantile.$Properties;
                    }
                }

                interface IExemplar extends opentelemetry.proto.metrics.v1.Exemplar.$Properties {
                }

                class Exemplar {
                    constructor(p?: opentelemetry.proto.metrics.v1.Exemplar.$Properties);
                    $unknowns?: Uint8Array[];
                    filteredAttributes: opentelemetry.proto.common.v1.KeyValue.$Properties[];
                    timeUnixNano: (number|Long);
                    asDouble?: (number|null);
                    asInt?: (number|Long|null);
                    spanId: Uint8Array;
                    traceId: Uint8Array;
                    value?: ("asDouble"|"asInt");
                    static create(properties: opentelemetry.proto.metrics.v1.Exemplar.$Shape): opentelemetry.proto.metrics.v1.Exemplar & opentelemetry.proto.metrics.v1.Exemplar.$Shape;
                    static create(properties?: opentelemetry.proto.metrics.v1.Exemplar.$Properties): opentelemetry.proto.metrics.v1.Exemplar;
                    static encode(m: opentelemetry.proto.metrics.v1.Exemplar.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.metrics.v1.Exemplar & opentelemetry.proto.metrics.v1.Exemplar.$Shape;
                    static fromObject(d: { [k: string]: any }): opentelemetry.proto.metrics.v1.Exemplar;
                    static toObject(m: opentelemetry.proto.metrics.v1.Exemplar, o?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace Exemplar {
                    interface $Properties {
                        filteredAttributes?: (opentelemetry.proto.common.v1.KeyValue.$Properties[]|null);
                        timeUnixNano?: (number|Long|null);
                        asDouble?: (number|null);
                        asInt?: (number|Long|null);
                        spanId?: (Uint8Array|null);
                        traceId?: (Uint8Array|null);
                        value?: ("asDouble"|"asInt");
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = {
                      filteredAttributes?: opentelemetry.proto.common.v1.KeyValue.$Shape[]|null;
                      timeUnixNano?: number|Long|null;
                      asDouble?: number|null;
                      asInt?: number|Long|null;
                      spanId?: Uint8Array|null;
                      traceId?: Uint8Array|null;
                      $unknowns?: Uint8Array[];
                    } & (
                      ({ value?: undefined; asDouble?: null; asInt?: null }|{ value?: "asDouble"; asDouble: number; asInt?: null }|{ value?: "asInt"; asDouble?: null; asInt: number|Long })
                    );
                }
            }
        }

        namespace common {

            namespace v1 {

                interface IAnyValue extends opentelemetry.proto.common.v1.AnyValue.$Properties {
                }

                class AnyValue {
                    constructor(p?: opentelemetry.proto.common.v1.AnyValue.$Properties);
                    $unknowns?: Uint8Array[];
                    stringValue?: (string|null);
                    boolValue?: (boolean|null);
                    intValue?: (number|Long|null);
                    doubleValue?: (number|null);
                    arrayValue?: (opentelemetry.proto.common.v1.ArrayValue.$Properties|null);
                    kvlistValue?: (opentelemetry.proto.common.v1.KeyValueList.$Properties|null);
                    bytesValue?: (Uint8Array|null);
                    value?: ("stringValue"|"boolValue"|"intValue"|"doubleValue"|"arrayValue"|"kvlistValue"|"bytesValue");
                    static create(properties: opentelemetry.proto.common.v1.AnyValue.$Shape): opentelemetry.proto.common.v1.AnyValue & opentelemetry.proto.common.v1.AnyValue.$Shape;
                    static create(properties?: opentelemetry.proto.common.v1.AnyValue.$Properties): opentelemetry.proto.common.v1.AnyValue;
                    static encode(m: opentelemetry.proto.common.v1.AnyValue.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.common.v1.AnyValue & opentelemetry.proto.common.v1.AnyValue.$Shape;
                    static fromObject(d: { [k: string]: any }): opentelemetry.proto.common.v1.AnyValue;
                    static toObject(m: opentelemetry.proto.common.v1.AnyValue, o?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace AnyValue {
                    interface $Properties {
                        stringValue?: (string|null);
                        boolValue?: (boolean|null);
                        intValue?: (number|Long|null);
                        doubleValue?: (number|null);
                        arrayValue?: (opentelemetry.proto.common.v1.ArrayValue.$Properties|null);
                        kvlistValue?: (opentelemetry.proto.common.v1.KeyValueList.$Properties|null);
                        bytesValue?: (Uint8Array|null);
                        value?: ("stringValue"|"boolValue"|"intValue"|"doubleValue"|"arrayValue"|"kvlistValue"|"bytesValue");
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = {
                      stringValue?: string|null;
                      boolValue?: boolean|null;
                      intValue?: number|Long|null;
                      doubleValue?: number|null;
                      arrayValue?: opentelemetry.proto.common.v1.ArrayValue.$Shape|null;
                      kvlistValue?: opentelemetry.proto.common.v1.KeyValueList.$Shape|null;
                      bytesValue?: Uint8Array|null;
                      $unknowns?: Uint8Array[];
                    } & (
                      ({ value?: undefined; stringValue?: null; boolValue?: null; intValue?: null; doubleValue?: null; arrayValue?: null; kvlistValue?: null; bytesValue?: null }|{ value?: "stringValue"; stringValue: string; boolValue?: null; intValue?: null; doubleValue?: null; arrayValue?: null; kvlistValue?: null; bytesValue?: null }|{ value?: "boolValue"; stringValue?: null; boolValue: boolean; intValue?: null; doubleValue?: null; arrayValue?: null; kvlistValue?: null; bytesValue?: null }|{ value?: "intValue"; stringValue?: null; boolValue?: null; intValue: number|Long; doubleValue?: null; arrayValue?: null; kvlistValue?: null; bytesValue?: null }|{ value?: "doubleValue"; stringValue?: null; boolValue?: null; intValue?: null; doubleValue: number; arrayValue?: null; kvlistValue?: null; bytesValue?: null }|{ value?: "arrayValue"; stringValue?: null; boolValue?: null; intValue?: null; doubleValue?: null; arrayValue: opentelemetry.proto.common.v1.ArrayValue.$Shape; kvlistValue?: null; bytesValue?: null }|{ value?: "kvlistValue"; stringValue?: null; boolValue?: null; intValue?: null; doubleValue?: null; arrayValue?: null; kvlistValue: opentelemetry.proto.common.v1.KeyValueList.$Shape; bytesValue?: null }|{ value?: "bytesValue"; stringValue?: null; boolValue?: null; intValue?: null; doubleValue?: null; arrayValue?: null; kvlistValue?: null; bytesValue: Uint8Array })
                    );
                }

                interface IArrayValue extends opentelemetry.proto.common.v1.ArrayValue.$Properties {
                }

                class ArrayValue {
                    constructor(p?: opentelemetry.proto.common.v1.ArrayValue.$Properties);
                    $unknowns?: Uint8Array[];
                    values: opentelemetry.proto.common.v1.AnyValue.$Properties[];
                    static create(properties: opentelemetry.proto.common.v1.ArrayValue.$Shape): opentelemetry.proto.common.v1.ArrayValue & opentelemetry.proto.common.v1.ArrayValue.$Shape;
                    static create(properties?: opentelemetry.proto.common.v1.ArrayValue.$Properties): opentelemetry.proto.common.v1.ArrayValue;
                    static encode(m: opentelemetry.proto.common.v1.ArrayValue.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.common.v1.ArrayValue & opentelemetry.proto.common.v1.ArrayValue.$Shape;
                    static fromObject(d: { [k: string]: any }): opentelemetry.proto.common.v1.ArrayValue;
                    static toObject(m: opentelemetry.proto.common.v1.ArrayValue, o?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace ArrayValue {
                    interface $Properties {
                        values?: (opentelemetry.proto.common.v1.AnyValue.$Properties[]|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = {
                      values?: opentelemetry.proto.common.v1.AnyValue.$Shape[]|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                interface IKeyValueList extends opentelemetry.proto.common.v1.KeyValueList.$Properties {
                }

                class KeyValueList {
                    constructor(p?: opentelemetry.proto.common.v1.KeyValueList.$Properties);
                    $unknowns?: Uint8Array[];
                    values: opentelemetry.proto.common.v1.KeyValue.$Properties[];
                    static create(properties: opentelemetry.proto.common.v1.KeyValueList.$Shape): opentelemetry.proto.common.v1.KeyValueList & opentelemetry.proto.common.v1.KeyValueList.$Shape;
                    static create(properties?: opentelemetry.proto.common.v1.KeyValueList.$Properties): opentelemetry.proto.common.v1.KeyValueList;
                    static encode(m: opentelemetry.proto.common.v1.KeyValueList.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.common.v1.KeyValueList & opentelemetry.proto.common.v1.KeyValueList.$Shape;
                    static fromObject(d: { [k: string]: any }): opentelemetry.proto.common.v1.KeyValueList;
                    static toObject(m: opentelemetry.proto.common.v1.KeyValueList, o?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace KeyValueList {
                    interface $Properties {
                        values?: (opentelemetry.proto.common.v1.KeyValue.$Properties[]|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = {
                      values?: opentelemetry.proto.common.v1.KeyValue.$Shape[]|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                interface IKeyValue extends opentelemetry.proto.common.v1.KeyValue.$Properties {
                }

                class KeyValue {
                    constructor(p?: opentelemetry.proto.common.v1.KeyValue.$Properties);
                    $unknowns?: Uint8Array[];
                    key: string;
                    value?: (opentelemetry.proto.common.v1.AnyValue.$Properties|null);
                    static create(properties: opentelemetry.proto.common.v1.KeyValue.$Shape): opentelemetry.proto.common.v1.KeyValue & opentelemetry.proto.common.v1.KeyValue.$Shape;
                    static create(properties?: opentelemetry.proto.common.v1.KeyValue.$Properties): opentelemetry.proto.common.v1.KeyValue;
                    static encode(m: opentelemetry.proto.common.v1.KeyValue.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.common.v1.KeyValue & opentelemetry.proto.common.v1.KeyValue.$Shape;
                    static fromObject(d: { [k: string]: any }): opentelemetry.proto.common.v1.KeyValue;
                    static toObject(m: opentelemetry.proto.common.v1.KeyValue, o?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace KeyValue {
                    interface $Properties {
                        key?: (string|null);
                        value?: (opentelemetry.proto.common.v1.AnyValue.$Properties|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = {
                      key?: string|null;
                      value?: opentelemetry.proto.common.v1.AnyValue.$Shape|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                interface IInstrumentationScope extends opentelemetry.proto.common.v1.InstrumentationScope.$Properties {
                }

                class InstrumentationScope {
                    constructor(p?: opentelemetry.proto.common.v1.InstrumentationScope.$Properties);
                    $unknowns?: Uint8Array[];
                    name: string;
                    version: string;
                    attributes: opentelemetry.proto.common.v1.KeyValue.$Properties[];
                    droppedAttributesCount: number;
                    static create(properties: opentelemetry.proto.common.v1.InstrumentationScope.$Shape): opentelemetry.proto.common.v1.InstrumentationScope & opentelemetry.proto.common.v1.InstrumentationScope.$Shape;
                    static create(properties?: opentelemetry.proto.common.v1.InstrumentationScope.$Properties): opentelemetry.proto.common.v1.InstrumentationScope;
                    static encode(m: opentelemetry.proto.common.v1.InstrumentationScope.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.common.v1.InstrumentationScope & opentelemetry.proto.common.v1.InstrumentationScope.$Shape;
                    static fromObject(d: { [k: string]: any }): opentelemetry.proto.common.v1.InstrumentationScope;
                    static toObject(m: opentelemetry.proto.common.v1.InstrumentationScope, o?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace InstrumentationScope {
                    interface $Properties {
                        name?: (string|null);
                        version?: (string|null);
                        attributes?: (opentelemetry.proto.common.v1.KeyValue.$Properties[]|null);
                        droppedAttributesCount?: (number|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = {
                      name?: string|null;
                      version?: string|null;
                      attributes?: opentelemetry.proto.common.v1.KeyValue.$Shape[]|null;
                      droppedAttributesCount?: number|null;
                      $unknowns?: Uint8Array[];
                    };
                }
            }
        }

        namespace resource {

            namespace v1 {

                interface IResource extends opentelemetry.proto.resource.v1.Resource.$Properties {
                }

                class Resource {
                    constructor(p?: opentelemetry.proto.resource.v1.Resource.$Properties);
                    $unknowns?: Uint8Array[];
                    attributes: opentelemetry.proto.common.v1.KeyValue.$Properties[];
                    droppedAttributesCount: number;
                    static create(properties: opentelemetry.proto.resource.v1.Resource.$Shape): opentelemetry.proto.resource.v1.Resource & opentelemetry.proto.resource.v1.Resource.$Shape;
                    static create(properties?: opentelemetry.proto.resource.v1.Resource.$Properties): opentelemetry.proto.resource.v1.Resource;
                    static encode(m: opentelemetry.proto.resource.v1.Resource.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.resource.v1.Resource & opentelemetry.proto.resource.v1.Resource.$Shape;
                    static fromObject(d: { [k: string]: any }): opentelemetry.proto.resource.v1.Resource;
                    static toObject(m: opentelemetry.proto.resource.v1.Resource, o?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace Resource {
                    interface $Properties {
                        attributes?: (opentelemetry.proto.common.v1.KeyValue.$Properties[]|null);
                        droppedAttributesCount?: (number|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = {
                      attributes?: opentelemetry.proto.common.v1.KeyValue.$Shape[]|null;
                      droppedAttributesCount?: number|null;
                      $unknowns?: Uint8Array[];
                    };
                }
            }
        }
    }
}

export namespace google {

    namespace protobuf {

        interface IAny extends google.protobuf.Any.$Properties {
        }

        class Any {
            constructor(p?: google.protobuf.Any.$Properties);
            $unknowns?: Uint8Array[];
            type_url: string;
            value: Uint8Array;
            static create(properties: google.protobuf.Any.$Shape): google.protobuf.Any & google.protobuf.Any.$Shape;
            static create(properties?: google.protobuf.Any.$Properties): google.protobuf.Any;
            static encode(m: google.protobuf.Any.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): google.protobuf.Any & google.protobuf.Any.$Shape;
            static fromObject(d: { [k: string]: any }): google.protobuf.Any;
            static toObject(m: google.protobuf.Any, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Any {
            interface $Properties {
                type_url?: (string|null);
                value?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = google.protobuf.Any.$Properties;
        }
    }

    namespace rpc {

        interface IStatus extends google.rpc.Status.$Properties {
        }

        class Status {
            constructor(p?: google.rpc.Status.$Properties);
            $unknowns?: Uint8Array[];
            code: number;
            message: string;
            details: google.protobuf.Any.$Properties[];
            static create(properties: google.rpc.Status.$Shape): google.rpc.Status & google.rpc.Status.$Shape;
            static create(properties?: google.rpc.Status.$Properties): google.rpc.Status;
            static encode(m: google.rpc.Status.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): google.rpc.Status & google.rpc.Status.$Shape;
            static fromObject(d: { [k: string]: any }): google.rpc.Status;
            static toObject(m: google.rpc.Status, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Status {
            interface $Properties {
                code?: (number|null);
                message?: (string|null);
                details?: (google.protobuf.Any.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = google.rpc.Status.$Properties;
        }
    }
}

export namespace prometheus {

    interface IWriteRequest extends prometheus.WriteRequest.$Properties {
    }

    class WriteRequest {
        constructor(p?: prometheus.WriteRequest.$Properties);
        $unknowns?: Uint8Array[];
        timeseries: prometheus.TimeSeries.$Properties[];
        metadata: prometheus.MetricMetadata.$Properties[];
        static create(properties: prometheus.WriteRequest.$Shape): prometheus.WriteRequest & prometheus.WriteRequest.$Shape;
        static create(properties?: prometheus.WriteRequest.$Properties): prometheus.WriteRequest;
        static encode(m: prometheus.WriteRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): prometheus.WriteRequest & prometheus.WriteRequest.$Shape;
        static fromObject(d: { [k: string]: any }): prometheus.WriteRequest;
        static toObject(m: prometheus.WriteRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace WriteRequest {
        interface $Properties {
            timeseries?: (prometheus.TimeSeries.$Properties[]|null);
            metadata?: (prometheus.MetricMetadata.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = {
          timeseries?: prometheus.TimeSeries.$Shape[]|null;
          metadata?: prometheus.MetricMetadata.$Shape[]|null;
          $unknowns?: Uint8Array[];
        };
    }

    interface IMetricMetadata extends prometheus.MetricMetadata.$Properties {
    }

    class MetricMetadata {
        constructor(p?: prometheus.MetricMetadata.$Properties);
        $unknowns?: Uint8Array[];
        type: prometheus.MetricMetadata.MetricType;
        metricFamilyName: string;
        help: string;
        unit: string;
        static create(properties: prometheus.MetricMetadata.$Shape): prometheus.MetricMetadata & prometheus.MetricMetadata.$Shape;
        static create(properties?: prometheus.MetricMetadata.$Properties): prometheus.MetricMetadata;
        static encode(m: prometheus.MetricMetadata.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): prometheus.MetricMetadata & prometheus.MetricMetadata.$Shape;
        static fromObject(d: { [k: string]: any }): prometheus.MetricMetadata;
        static toObject(m: prometheus.MetricMetadata, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace MetricMetadata {
        interface $Properties {
            type?: (prometheus.MetricMetadata.MetricType|null);
            metricFamilyName?: (string|null);
            help?: (string|null);
            unit?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = prometheus.MetricMetadata.$Properties;

        enum MetricType {
            UNKNOWN = 0,
            COUNTER = 1,
            GAUGE = 2,
            HISTOGRAM = 3,
            GAUGEHISTOGRAM = 4,
            SUMMARY = 5,
            INFO = 6,
            STATESET = 7
        }
    }

    interface ISample extends prometheus.Sample.$Properties {
    }

    class Sample {
        constructor(p?: prometheus.Sample.$Properties);
        $unknowns?: Uint8Array[];
        value: number;
        timestamp: (number|Long);
        static create(properties: prometheus.Sample.$Shape): prometheus.Sample & prometheus.Sample.$Shape;
        static create(properties?: prometheus.Sample.$Properties): prometheus.Sample;
        static encode(m: prometheus.Sample.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): prometheus.Sample & prometheus.Sample.$Shape;
        static fromObject(d: { [k: string]: any }): prometheus.Sample;
        static toObject(m: prometheus.Sample, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace Sample {
        interface $Properties {
            value?: (number|null);
            timestamp?: (number|Long|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = prometheus.Sample.$Properties;
    }

    interface IExemplar extends prometheus.Exemplar.$Properties {
    }

    class Exemplar {
        constructor(p?: prometheus.Exemplar.$Properties);
        $unknowns?: Uint8Array[];
        labels: prometheus.Label.$Properties[];
        value: number;
        timestamp: (number|Long);
        static create(properties: prometheus.Exemplar.$Shape): prometheus.Exemplar & prometheus.Exemplar.$Shape;
        static create(properties?: prometheus.Exemplar.$Properties): prometheus.Exemplar;
        static encode(m: prometheus.Exemplar.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): prometheus.Exemplar & prometheus.Exemplar.$Shape;
        static fromObject(d: { [k: string]: any }): prometheus.Exemplar;
        static toObject(m: prometheus.Exemplar, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace Exemplar {
        interface $Properties {
            labels?: (prometheus.Label.$Properties[]|null);
            value?: (number|null);
            timestamp?: (number|Long|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = prometheus.Exemplar.$Properties;
    }

    interface IHistogram extends prometheus.Histogram.$Properties {
    }

    class Histogram {
        constructor(p?: prometheus.Histogram.$Properties);
        $unknowns?: Uint8Array[];
        countInt?: (number|Long|null);
        countFloat?: (number|null);
        sum: number;
        schema: number;
        zeroThreshold: number;
        zeroCountInt?: (number|Long|null);
        zeroCountFloat?: (number|null);
        negativeSpans: prometheus.BucketSpan.$Properties[];
        negativeDeltas: (number|Long)[];
        negativeCounts: number[];
        positiveSpans: prometheus.BucketSpan.$Properties[];
        positiveDeltas: (number|Long)[];
        positiveCounts: number[];
        resetHint: prometheus.Histogram.ResetHint;
        timestamp: (number|Long);
        customValues: number[];
        count?: ("countInt"|"countFloat");
        zeroCount?: ("zeroCountInt"|"zeroCountFloat");
        static create(properties: prometheus.Histogram.$Shape): prometheus.Histogram & prometheus.Histogram.$Shape;
        static create(properties?: prometheus.Histogram.$Properties): prometheus.Histogram;
        static encode(m: prometheus.Histogram.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): prometheus.Histogram & prometheus.Histogram.$Shape;
        static fromObject(d: { [k: string]: any }): prometheus.Histogram;
        static toObject(m: prometheus.Histogram, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace Histogram {
        interface $Properties {
            countInt?: (number|Long|null);
            countFloat?: (number|null);
            sum?: (number|null);
            schema?: (number|null);
            zeroThreshold?: (number|null);
            zeroCountInt?: (number|Long|null);
            zeroCountFloat?: (number|null);
            negativeSpans?: (prometheus.BucketSpan.$Properties[]|null);
            negativeDeltas?: ((number|Long)[]|null);
            negativeCounts?: (number[]|null);
            positiveSpans?: (prometheus.BucketSpan.$Properties[]|null);
            positiveDeltas?: ((number|Long)[]|null);
            positiveCounts?: (number[]|null);
            resetHint?: (prometheus.Histogram.ResetHint|null);
            timestamp?: (number|Long|null);
            customValues?: (number[]|null);
            count?: ("countInt"|"countFloat");
            zeroCount?: ("zeroCountInt"|"zeroCountFloat");
            $unknowns?: Uint8Array[];
        }
        type $Shape = {
          countInt?: number|Long|null;
          countFloat?: number|null;
          sum?: number|null;
          schema?: number|null;
          zeroThreshold?: number|null;
          zeroCountInt?: number|Long|null;
          zeroCountFloat?: number|null;
          negativeSpans?: prometheus.BucketSpan.$Shape[]|null;
          negativeDeltas?: (number|Long)[]|null;
          negativeCounts?: number[]|null;
          positiveSpans?: prometheus.BucketSpan.$Shape[]|null;
          positiveDeltas?: (number|Long)[]|null;
          positiveCounts?: number[]|null;
          resetHint?: prometheus.Histogram.ResetHint|null;
          timestamp?: number|Long|null;
          customValues?: number[]|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ count?: undefined; countInt?: null; countFloat?: null }|{ count?: "countInt"; countInt: number|Long; countFloat?: null }|{ count?: "countFloat"; countInt?: null; countFloat: number })
        ) & (
          ({ zeroCount?: undefined; zeroCountInt?: null; zeroCountFloat?: null }|{ zeroCount?: "zeroCountInt"; zeroCountInt: number|Long; zeroCountFloat?: null }|{ zeroCount?: "zeroCountFloat"; zeroCountInt?: null; zeroCountFloat: number })
        );

        enum ResetHint {
            UNKNOWN = 0,
            YES = 1,
            NO = 2,
            GAUGE = 3
        }
    }

    interface IBucketSpan extends prometheus.BucketSpan.$Properties {
    }

    class BucketSpan {
        constructor(p?: prometheus.BucketSpan.$Properties);
        $unknowns?: Uint8Array[];
        offset: number;
        length: number;
        static create(properties: prometheus.BucketSpan.$Shape): prometheus.BucketSpan & prometheus.BucketSpan.$Shape;
        static create(properties?: prometheus.BucketSpan.$Properties): prometheus.BucketSpan;
        static encode(m: prometheus.BucketSpan.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): prometheus.BucketSpan & prometheus.BucketSpan.$Shape;
        static fromObject(d: { [k: string]: any }): prometheus.BucketSpan;
        static toObject(m: prometheus.BucketSpan, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace BucketSpan {
        interface $Properties {
            offset?: (number|null);
            length?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = prometheus.BucketSpan.$Properties;
    }

    interface ITimeSeries extends prometheus.TimeSeries.$Properties {
    }

    class TimeSeries {
        constructor(p?: prometheus.TimeSeries.$Properties);
        $unknowns?: Uint8Array[];
        labels: prometheus.Label.$Properties[];
        samples: prometheus.Sample.$Properties[];
        exemplars: prometheus.Exemplar.$Properties[];
        histograms: prometheus.Histogram.$Properties[];
        static create(properties: prometheus.TimeSeries.$Shape): prometheus.TimeSeries & prometheus.TimeSeries.$Shape;
        static create(properties?: prometheus.TimeSeries.$Properties): prometheus.TimeSeries;
        static encode(m: prometheus.TimeSeries.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): prometheus.TimeSeries & prometheus.TimeSeries.$Shape;
        static fromObject(d: { [k: string]: any }): prometheus.TimeSeries;
        static toObject(m: prometheus.TimeSeries, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace TimeSeries {
        interface $Properties {
            labels?: (prometheus.Label.$Properties[]|null);
            samples?: (prometheus.Sample.$Properties[]|null);
            exemplars?: (prometheus.Exemplar.$Properties[]|null);
            histograms?: (prometheus.Histogram.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = {
          labels?: prometheus.Label.$Shape[]|null;
          samples?: prometheus.Sample.$Shape[]|null;
          exemplars?: prometheus.Exemplar.$Shape[]|null;
          histograms?: prometheus.Histogram.$Shape[]|null;
          $unknowns?: Uint8Array[];
        };
    }

    interface ILabel extends prometheus.Label.$Properties {
    }

    class Label {
        constructor(p?: prometheus.Label.$Properties);
        $unknowns?: Uint8Array[];
        name: string;
        value: string;
        static create(properties: prometheus.Label.$Shape): prometheus.Label & prometheus.Label.$Shape;
        static create(properties?: prometheus.Label.$Properties): prometheus.Label;
        static encode(m: prometheus.Label.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): prometheus.Label & prometheus.Label.$Shape;
        static fromObject(d: { [k: string]: any }): prometheus.Label;
        static toObject(m: prometheus.Label, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace Label {
        interface $Properties {
            name?: (string|null);
            value?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = prometheus.Label.$Properties;
    }
}
