BeforeAll {
    Import-Module (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $samples = Join-Path $PSScriptRoot '../../samples'
    Set-ImgurOption -MaxRetry 3 -RetryDelaySec 0.05 -MaxRetryWaitSec 5
}

AfterAll { Set-ImgurOption -MaxRetry 3 -RetryDelaySec 1 -MaxRetryWaitSec 60 }

Describe 'Option names' {
    It 'takes -RetryDelay, the name of the property Get-ImgurOption shows' {
        # A prefix of -RetryDelaySec would bind too, but only until another parameter shares it.
        (Get-Command Set-ImgurOption).Parameters['RetryDelaySec'].Aliases | Should -Contain 'RetryDelay'
        Set-ImgurOption -RetryDelay 0.25
        (Get-ImgurOption).RetryDelay.TotalSeconds | Should -Be 0.25
        Set-ImgurOption -RetryDelaySec 0.05
    }
}

Describe 'Retrying failed requests' {
    BeforeEach {
        Reset-Emulator
        $null = Connect-TestImgur
        Clear-EmulatorRequest
    }

    It 'retries a GET after HTML outage pages and says so in Verbose' {
        Add-EmulatorFault -Path '^/3/credits$' -Kind html -Status 503 -Times 2

        $output = Get-ImgurCredit -Verbose 4>&1

        ($output | Where-Object { $_ -is [ImgurPS.Models.ImgurCredit] }).ClientLimit | Should -BeGreaterThan 0
        $notes = ($output | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }).Message -match 'Retrying'
        $notes | Should -HaveCount 2
        $notes[0] | Should -Match '^GET /3/credits: .*HTML page.* Retrying in [\d.]+ s \(1 of 3\)\.$'
        @(Get-EmulatorRequest).Count | Should -Be 3
    }

    It 'retries a GET whose connection broke, before or during the answer' -TestCases @(@{ Kind = 'reset' }, @{ Kind = 'truncate' }) {
        Add-EmulatorFault -Path '^/3/gallery' -Kind $Kind

        (Get-ImgurGallery).Count | Should -BeGreaterThan 10
    }

    It 'gives up after the last retry with a readable error' {
        Add-EmulatorFault -Path '^/3/credits$' -Kind html -Status 503 -Times 0

        $null = Get-ImgurCredit -ErrorAction SilentlyContinue -ErrorVariable failure

        $failure[0].CategoryInfo.Category | Should -Be 'ResourceUnavailable'
        $failure[0].ToString() | Should -Not -Match '<'
        @(Get-EmulatorRequest).Count | Should -Be 4
    }

    It 'honours Retry-After on a 429, for an upload too' {
        Add-EmulatorFault -Path '^/3/image$' -Kind status -Status 429 -Message 'You are uploading too fast.' -RetryAfter 1

        $image = Send-ImgurImage -Path (Join-Path $samples 'sunrise.png')

        $image.Id | Should -Not -BeNullOrEmpty
        (Get-EmulatorRequest).status | Should -Be @(429, 200)
    }

    It 'does not wait longer than the cap' {
        Add-EmulatorFault -Path '^/3/credits$' -Kind status -Status 429 -RetryAfter 3600

        $null = Get-ImgurCredit -ErrorAction SilentlyContinue -ErrorVariable failure

        $failure[0].CategoryInfo.Category | Should -Be 'LimitsExceeded'
        @(Get-EmulatorRequest).Count | Should -Be 1
    }

    It 'never sends an upload again after a failure that may have reached Imgur' {
        Add-EmulatorFault -Path '^/3/image$' -Kind status -Status 503 -Message 'Over capacity'

        Send-ImgurImage -Path (Join-Path $samples 'sunrise.png') -ErrorAction SilentlyContinue -ErrorVariable failure | Should -BeNullOrEmpty

        $failure[0].TargetObject | Should -BeLike '*sunrise.png'
        @(Get-EmulatorRequest).Count | Should -Be 1
    }
}

Describe 'Faults given on the emulator command line' {
    BeforeAll {
        Import-Module (Join-Path $PSScriptRoot '../../src/ImgurPS.Emulator/ImgurEmulator.psm1') -Force
        $flaky = Start-ImgurEmulator -ArgumentList '--fault', '{"path":"^/3/credits$","kind":"html","status":503,"every":2,"times":0}'
        $credential = Invoke-RestMethod "$($flaky.BaseUri)_emulator/credentials"
    }

    AfterAll { $flaky | Stop-ImgurEmulator }

    It 'apply to every run, and the module rides them out' {
        $null = Connect-Imgur -ClientId $credential.clientId -BaseUri $flaky.BaseUri
        $null = Invoke-RestMethod -Method Delete "$($flaky.BaseUri)_emulator/requests"

        1..3 | ForEach-Object { (Get-ImgurCredit).ClientLimit } | Should -Be @(12500, 12500, 12500)

        (Invoke-RestMethod "$($flaky.BaseUri)_emulator/requests").status | Should -Contain 503
    }
}
