BeforeAll {
    Import-Module (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
}

Describe 'Get-ImgurCredit' {
    BeforeEach {
        Reset-Emulator
        $null = Connect-TestImgur
    }

    It 'returns the credits as a typed object with the reset as a date' {
        $credit = Get-ImgurCredit

        $credit | Should -BeOfType ImgurPS.Models.ImgurCredit
        $credit.ClientLimit | Should -BeGreaterThan 0
        $credit.ClientRemaining | Should -BeLessOrEqual $credit.ClientLimit
        $credit.UserReset | Should -BeOfType [DateTimeOffset]
        $credit.UserReset | Should -BeGreaterThan ([DateTimeOffset]::UtcNow)
    }

    It 'costs no credits' {
        $first = Get-ImgurCredit
        $second = Get-ImgurCredit
        $second.ClientRemaining | Should -Be $first.ClientRemaining
    }

    It 'gives the same object in the XML form' {
        $json = Get-ImgurCredit -Format Json
        $xml = Get-ImgurCredit -Format Xml

        ($xml | ConvertTo-Comparable) | Should -Be ($json | ConvertTo-Comparable)
        (Get-EmulatorRequest).path | Should -Contain '/3/credits.xml'
    }

    It 'carries the counts of its body as its rate limits, since Imgur sends no rate-limit headers with it' {
        $credit = Get-ImgurCredit

        $credit.RateLimit | Should -BeOfType ImgurPS.Models.ImgurRateLimit
        $credit.RateLimit.ClientRemaining | Should -Be $credit.ClientRemaining
        $credit.RateLimit.UserRemaining | Should -Be $credit.UserRemaining
    }

    It 'writes one Verbose line per request with method, path, status and, when the answer has them, credits' {
        $verbose = Get-ImgurCredit -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }
        $verbose.Message | Should -Match '^GET /3/credits\.json -> (200|304) in \d+ ms$'
        $verbose = Get-ImgurGallery -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }
        $verbose.Message | Should -Match '^GET /3/gallery/hot/viral/day/0\.json\S* -> (200|304) in \d+ ms; Client \d+/\d+'
    }

    It 'writes the masked headers to Debug when -Debug or $DebugPreference asks' {
        function Get-DebugRecord([scriptblock] $Command) { & $Command 5>&1 | Where-Object { $_ -is [System.Management.Automation.DebugRecord] } }
        function Invoke-WithPreference { $DebugPreference = 'Continue'; Get-DebugRecord { Get-ImgurCredit } }

        # -Debug alone would make every Verbose line of a compiled cmdlet ask to continue (PowerShell's rule).
        (Get-DebugRecord { Get-ImgurCredit -Debug -Verbose:$false }).Message | Should -Match '(?s)^GET /3/credits\.json.*> Authorization: Client-ID \*\*\*'
        (Invoke-WithPreference).Message | Should -Match '> Authorization: Client-ID \*\*\*'
    }
}
