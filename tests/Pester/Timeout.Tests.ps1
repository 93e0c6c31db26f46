BeforeAll {
    Import-Module (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Set-ImgurOption -RetryDelaySec 0.05

    # The emulator holds the request far longer than the timeout; the request must end long before that.
    function Add-RequestHold([string] $Path) { Add-EmulatorFault -Path $Path -Kind delay -DelayMs 60000 -Times 0 }
    $script:Bound = 30
}

AfterAll { Set-ImgurOption -TimeoutSec 30 -RetryDelaySec 1 }

Describe 'How long a request waits for its answer' {
    BeforeEach { Reset-Emulator }

    AfterEach { Set-ImgurOption -TimeoutSec 30 }

    It 'is 30 s by default, as Get-ImgurOption shows' {
        (Get-ImgurOption).Timeout | Should -Be ([timespan]::FromSeconds(30))
    }

    It 'is changed by Set-ImgurOption -TimeoutSec: a request the server holds fails as a timeout after two attempts' {
        $null = Connect-TestImgur
        Set-ImgurOption -TimeoutSec 1
        (Get-ImgurOption).Timeout | Should -Be ([timespan]::FromSeconds(1))
        Add-RequestHold '^/3/credits$'

        $clock = [Diagnostics.Stopwatch]::StartNew()
        $verbose = Get-ImgurCredit -Verbose -ErrorAction SilentlyContinue -ErrorVariable failure 4>&1

        $clock.Elapsed.TotalSeconds | Should -BeLessThan $Bound
        # The emulator logs only the requests it answered; the client says when it sends one again.
        @($verbose.Message -match 'Retrying') | Should -HaveCount 1
        $failure | Should -HaveCount 1
        $failure[0].FullyQualifiedErrorId | Should -Be 'ImgurTimeout,ImgurPS.Commands.Credits.GetImgurCreditCommand'
        $failure[0].CategoryInfo.Category | Should -Be 'OperationTimeout'
        $failure[0].Exception | Should -BeOfType ([ImgurPS.Client.ImgurTimeoutException])
        $failure[0].ToString() | Should -BeLike '*GET /3/credits.json within 1 s (2 attempts*Set-ImgurOption -TimeoutSec*'
        $failure[0].ErrorDetails.RecommendedAction | Should -BeLike '*-TimeoutSec*'
    }

    It 'is set for one session by Connect-Imgur -TimeoutSec, over Set-ImgurOption' {
        Set-ImgurOption -TimeoutSec 600
        $credential = Get-EmulatorCredential
        $null = Connect-Imgur -ClientId $credential.clientId -BaseUri (Get-EmulatorUri) -TimeoutSec 1
        Add-RequestHold '^/3/credits$'

        $clock = [Diagnostics.Stopwatch]::StartNew()
        $null = Get-ImgurCredit -ErrorAction SilentlyContinue -ErrorVariable failure

        $clock.Elapsed.TotalSeconds | Should -BeLessThan $Bound
        $failure[0].FullyQualifiedErrorId | Should -BeLike 'ImgurTimeout,*'
        (Get-ImgurOption).Timeout | Should -Be ([timespan]::FromSeconds(600))
    }

    It 'bounds the credential check of Connect-Imgur -TimeoutSec itself' {
        $credential = Get-EmulatorCredential
        Add-RequestHold '^/3/credits$'

        { Connect-Imgur -ClientId $credential.clientId -BaseUri (Get-EmulatorUri) -TimeoutSec 1 } |
            Should -Throw -ErrorId 'ImgurTimeout,ImgurPS.Commands.Connection.ConnectImgurCommand' -ExpectedMessage '*GET /3/credits.json within 1 s*'
    }

    It 'ends an upload whose answer does not come, and does not send it again' {
        $null = Connect-TestImgur
        Set-ImgurOption -TimeoutSec 1
        Add-RequestHold '^/3/image$'

        $verbose = Send-ImgurImage -Path (Get-SamplePath -Count 1) -Verbose -ErrorAction SilentlyContinue -ErrorVariable failure 4>&1

        @($verbose.Message -match 'Retrying') | Should -HaveCount 0
        $failure | Should -HaveCount 1
        $failure[0].FullyQualifiedErrorId | Should -BeLike 'ImgurTimeout,*'
        $failure[0].ToString() | Should -BeLike '*POST /3/image.json within 1 s after the whole body was sent*not sent again*'
    }

    It 'refuses a timeout of <Value> s before anything is sent' -TestCases @(@{ Value = 0 }, @{ Value = -5 }) {
        { Set-ImgurOption -TimeoutSec $Value } | Should -Throw -ErrorId 'ParameterArgumentValidationError,ImgurPS.Commands.Connection.SetImgurOptionCommand'
        { Connect-Imgur -ClientId 'any-client-id' -BaseUri (Get-EmulatorUri) -TimeoutSec $Value } |
            Should -Throw -ErrorId 'ParameterArgumentValidationError,ImgurPS.Commands.Connection.ConnectImgurCommand'
        (Get-ImgurOption).Timeout | Should -Be ([timespan]::FromSeconds(30))
    }
}
