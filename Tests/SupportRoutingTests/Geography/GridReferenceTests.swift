import Testing

@testable import SchoolData

extension GeographyTests {
    /// National Grid to WGS84, step by step, against Ordnance Survey's published figures.
    struct GridReferenceTests {
        /// Radians as arc-seconds, the unit OS publishes latitudes in.
        static func arcSeconds(_ radians: Double) -> Double { radians * 180 / .pi * 3600 }

        static func arcSeconds(_ degrees: Double, _ minutes: Double, _ seconds: Double) -> Double {
            (degrees * 60 + minutes) * 60 + seconds
        }

        @Test func inverseProjectionMatchesTheGuidesWorkedExample() throws {
            // OS, "A Guide to Coordinate Systems in Great Britain", page "Converting between grid eastings and
            // northings and ellipsoidal latitude and longitude", worked example (Airy 1830, National Grid):
            // E 651409.903 m, N 313177.270 m is φ 52°39′27.2531″N, λ 001°43′04.5177″E on OSGB36.
            let position = try #require(GridReference(easting: 651_409.903, northing: 313_177.270)).osgb36
            #expect(abs(Self.arcSeconds(position.latitude) - Self.arcSeconds(52, 39, 27.2531)) < 1e-4)
            #expect(abs(Self.arcSeconds(position.longitude) - Self.arcSeconds(1, 43, 4.5177)) < 1e-4)
        }

        @Test func helmertTransformMatchesTheGuidesWorkedExample() {
            // OS guide, page "Helmert transformation worked example": ETRS89 (3790644.900, -110149.210,
            // 5111482.970) m becomes OSGB36 (3790269.549, -110038.064, 5111050.261) m, given to the millimetre.
            let etrs89 = SIMD3(3_790_644.900, -110_149.210, 5_111_482.970)
            let osgb36 = SIMD3(3_790_269.549, -110_038.064, 5_111_050.261)
            let difference = HelmertTransform.etrs89ToOSGB36.apply(to: etrs89) - osgb36
            #expect(abs(difference.x) <= 0.001 && abs(difference.y) <= 0.001 && abs(difference.z) <= 0.001)
        }

        @Test func reversedHelmertTransformUndoesTheGuidesWorkedExample() {
            // Same OS example, the other way. Negating the parameters leaves second-order terms, the largest the
            // scale times the shift (2e-5 × 720 m ≈ 1.5 cm), so 5 cm would catch any real mistake.
            let etrs89 = SIMD3(3_790_644.900, -110_149.210, 5_111_482.970)
            let osgb36 = SIMD3(3_790_269.549, -110_038.064, 5_111_050.261)
            let difference = HelmertTransform.osgb36ToETRS89.apply(to: osgb36) - etrs89
            #expect((difference * difference).sum().squareRoot() < 0.05)
        }

        /// One of OS's OSTN15 test points: OSGB36 grid coordinates and the exact ETRS89 position for them.
        struct TestPoint: Sendable, CustomTestStringConvertible {
            let name: String
            let easting: Double
            let northing: Double
            let latitude: Double
            let longitude: Double
            var testDescription: String { name }

            /// In the order of the OS files: name, easting, northing, latitude, longitude.
            init(_ name: String, _ easting: Double, _ northing: Double, _ latitude: Double, _ longitude: Double) {
                (self.name, self.easting, self.northing) = (name, easting, northing)
                (self.latitude, self.longitude) = (latitude, longitude)
            }
        }

        // The points in England from the OSTN15/OSGM15 developer pack published by Ordnance Survey
        // (https://www.ordnancesurvey.co.uk/documents/resources/OSTN15-OSGM15-DevelopersPack.zip): eastings and
        // northings from OSTN15_OSGM15_TestInput_OSGBtoETRS.txt, latitudes and longitudes from the RESULT rows of
        // OSTN15_OSGM15_TestOutput_OSGBtoETRS.txt. ETRS89 and WGS84 agree to within a metre in Britain.
        static let ostn15Points = [
            TestPoint("TP04", 449_816.371, 75_335.861, 50.57563665000, -1.29782277240),
            TestPoint("TP05", 438_710.920, 114_792.250, 50.93127937910, -1.45051433700),
            TestPoint("TP07", 639_821.835, 169_565.858, 51.37447025550, 1.44454730409),
            TestPoint("TP08", 362_269.991, 169_978.690, 51.42754743020, -2.54407618349),
            TestPoint("TP09", 530_624.974, 178_388.464, 51.48936564950, -0.11992557180),
            TestPoint("TP12", 389_544.190, 261_912.153, 52.25529381630, -2.15458614387),
            TestPoint("TP13", 474_335.969, 262_047.755, 52.25160951230, -0.91248956970),
            TestPoint("TP14", 562_180.547, 319_784.995, 52.75136687170, 0.40153547065),
            TestPoint("TP15", 454_002.834, 340_834.943, 52.96219109410, -1.19747655922),
            TestPoint("TP16", 357_455.843, 383_290.436, 53.34480280190, -2.64049320810),
            TestPoint("TP20", 422_242.186, 433_818.701, 53.80021519630, -1.66379168242),
            TestPoint("TP22", 525_745.670, 470_703.214, 54.11685144290, -0.07773133187),
            TestPoint("TP24", 339_921.145, 556_034.761, 54.89542340420, -2.93827741149),
            TestPoint("TP25", 424_639.355, 565_012.703, 54.97912273660, -1.61657685184),
        ]

        @Test(arguments: ostn15Points)
        func wgs84IsWithinFiveMetresOfOrdnanceSurveysTestPoint(_ point: TestPoint) throws {
            let wgs84 = try #require(GridReference(easting: point.easting, northing: point.northing)).wgs84
            let metres = wgs84.distance(to: GeoPoint(latitude: point.latitude, longitude: point.longitude)) * 1000
            #expect(metres < 5)
        }

        @Test func onlyPositionsOnTheGridAreGridReferences() {
            #expect(GridReference(easting: 0, northing: 0) != nil)
            #expect(GridReference(easting: 700_000, northing: 1_300_000) != nil)
            #expect(GridReference(easting: -0.001, northing: 500_000) == nil)
            #expect(GridReference(easting: 700_000.001, northing: 500_000) == nil)
            #expect(GridReference(easting: 300_000, northing: -1) == nil)
            #expect(GridReference(easting: 300_000, northing: 1_300_000.5) == nil)
            #expect(GridReference(easting: .nan, northing: 500_000) == nil)
            #expect(GridReference(easting: 300_000, northing: .infinity) == nil)
        }
    }
}
